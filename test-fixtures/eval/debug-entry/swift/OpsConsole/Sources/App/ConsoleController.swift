import Foundation
import Vapor
import WebKit

struct ConsoleController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.post("console", "exec", use: exec)
        routes.get("debug", "vars", use: vars)
        routes.get("status", use: status)
        let secured = routes.grouped(User.authenticator(), User.guardMiddleware())
        secured.post("admin", "restart", use: restart)
    }

    func exec(req: Request) async throws -> String {
        let command = try req.content.get(String.self, at: "command")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command]
        try process.run()
        return "started"
    }

    func vars(req: Request) async throws -> String {
        let name = req.query[String.self, at: "tool"] ?? "uptime"
        let tool = Process()
        tool.executableURL = URL(fileURLWithPath: "/usr/local/bin/" + name)
        try tool.run()
        return "ok"
    }

    func status(req: Request) async throws -> String {
        let uptime = Process()
        uptime.executableURL = URL(fileURLWithPath: "/usr/bin/uptime")
        try uptime.run()
        return "ok"
    }

    func restart(req: Request) async throws -> HTTPStatus {
        let launchctl = Process()
        launchctl.executableURL = URL(fileURLWithPath: "/bin/launchctl")
        launchctl.arguments = ["kickstart", "-k", "system/com.example.opsconsole"]
        try launchctl.run()
        return .ok
    }
}

final class RemoteActions {
    private let webView = WKWebView()

    func handlePush(userInfo: [AnyHashable: Any]) {
        guard let script = userInfo["script"] as? String else { return }
        let task = Process()
        task.launchPath = "/bin/sh"
        task.arguments = ["-c", script]
        task.launch()
    }

    func runHook() {
        guard let hook = ProcessInfo.processInfo.environment["OPS_HOOK"] else { return }
        system(hook)
    }

    func runWidgetScript() async throws {
        let (data, _) = try await URLSession.shared.data(from: URL(string: "https://widgets.ops.example/today.js")!)
        let script = String(decoding: data, as: UTF8.self)
        _ = try await webView.evaluateJavaScript(script)
    }

    func loadDownloadedLibrary() async throws {
        let (file, _) = try await URLSession.shared.download(from: URL(string: "https://cdn.ops.example/libopsplugin.dylib")!)
        let destination = FileManager.default.temporaryDirectory.appendingPathComponent("libopsplugin.dylib")
        try FileManager.default.moveItem(at: file, to: destination)
        _ = dlopen(destination.path, RTLD_NOW)
    }

    func invokeRemoteSelector(_ name: String) async throws {
        let (data, _) = try await URLSession.shared.data(from: URL(string: "https://config.ops.example/hook")!)
        let selectorName = String(decoding: data, as: UTF8.self)
        _ = perform(NSSelectorFromString(selectorName))
    }

    func openSystemLibrary() {
        _ = dlopen("/usr/lib/libsqlite3.dylib", RTLD_NOW)
    }

    func refresh() {
        _ = perform(NSSelectorFromString("reloadData"))
    }

    @objc func reloadData() {}
}

final class DiagnosticsSettings {
    func openTools() {
        if UserDefaults.standard.bool(forKey: "showDeveloperTools") {
            FLEXManager.shared.showExplorer()
        }
    }
}

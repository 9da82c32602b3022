import Foundation

/// Running a program of the machine's from a test.
public enum Program {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs a program and waits for it with waitpid (Foundation's Process can miss the end of a program whose
    /// child lives on, as pg_ctl's server does). Output goes to a file, read after the end.
    @discardableResult
    public static func run(_ program: String, _ arguments: [String], environment: [String: String] = [:],
                    capture: Bool = true) throws -> String {
        var settings = ProcessInfo.processInfo.environment
        settings.merge(environment) { $1 }
        let outputPath = capture ? "/tmp/kiosk-program-out-\(getpid())-\(UUID().uuidString.prefix(8))" : "/dev/null"
        defer { if capture { unlink(outputPath) } }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = settings.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, envp)
        guard spawned == 0 else { throw Failure(description: "\(program): cannot start (\(spawned))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let text = capture ? ((try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "") : ""
        // WIFEXITED and WEXITSTATUS, spelt out (the C macros are not imported).
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            throw Failure(description: "\(program) \(arguments.joined(separator: " ")): \(text)")
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

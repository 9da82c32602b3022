import Foundation
import Glibc

/// Runs a child process and reports its exit status and peak resident memory (getrusage of the child), which
/// Foundation's Process does not give.
enum ProcessMeasure {
    struct Result {
        var status: Int32
        var output: String
        var maxRSSKilobytes: Int
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> Result {
        let outputFile = NSTemporaryDirectory() + "kiosk-bench-\(getpid())-\(UUID().uuidString)"
        defer { unlink(outputFile) }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputFile, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        let output = (try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? ""
        return Result(status: status, output: output, maxRSSKilobytes: usage.ru_maxrss)
    }
}

import Foundation
import Glibc

/// Bytes the kiosk writes to a real terminal per keystroke of a typed search: the kiosk runs in tmux at 80x24
/// and `pipe-pane` records its output. Needs tmux; nil without it.
enum TerminalBytesBench {
    static func run() -> (mean: Int, max: Int)? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else { return nil }
        let socket = "kiosk-bench-\(getpid())"
        let folder = NSTemporaryDirectory() + socket
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let config = folder + "/kiosk.conf"
        let cwd = FileManager.default.currentDirectoryPath
        try? """
            [paths]
            catalog = "\(cwd)/Catalog"
            cases_database = "\(folder)/cases.sqlite"
            log = "\(folder)/kiosk.log"
            """.write(toFile: config, atomically: true, encoding: .utf8)
        func tmux(_ arguments: String) {
            _ = system("tmux -L \(socket) -f /dev/null \(arguments) </dev/null >/dev/null 2>&1")
        }
        defer { tmux("kill-server") }
        tmux("new-session -d -s k -x 80 -y 24 'TERM=xterm-256color LC_ALL=C.UTF-8 \(SelfBinary.path) --config \(config)'")
        usleep(1_500_000)
        let output = folder + "/output"
        tmux("pipe-pane -o -t k 'cat >> \(output)'")
        usleep(300_000)
        var sizes: [Int] = []
        func size() -> Int { ((try? FileManager.default.attributesOfItem(atPath: output))?[.size] as? Int) ?? 0 }
        var last = size()
        for character in "dang ky khai sinh" {
            tmux("send-keys -t k -l '\(character)'")
            usleep(200_000)
            let now = size()
            sizes.append(now - last)
            last = now
        }
        guard !sizes.isEmpty, sizes.contains(where: { $0 > 0 }) else { return nil }
        return (sizes.reduce(0, +) / sizes.count, sizes.max() ?? 0)
    }
}

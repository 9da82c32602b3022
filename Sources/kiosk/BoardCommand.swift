import ArgumentParser
import Foundation
import KioskConfiguration
import KioskGrid
import KioskTerminal
import KioskRuntime
import KioskUI
import QueueTickets

/// `kiosk board`: the hall's display board on a terminal (a screen on the wall): the numbers being served,
/// the latest call highlighted, in both languages. It reads the queue a few times a second, so a call at a
/// counter shows within a second. Ctrl-C or q ends it.
struct BoardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "board",
        abstract: "Full-screen display board of the numbers being served at each counter (both languages)."
    )

    @OptionGroup var options: CommonOptions

    @Flag(name: .long, help: "No colours (as NO_COLOR).")
    var monochrome = false

    func run() throws {
        let config = try options.loadConfig()
        let catalog = try options.loadCatalog(config)
        let store: any QueueStore
        do {
            store = try QueueDatabase.open(config)
        } catch {
            Output.error(Output.problem(error, options.language(config)))
            throw ExitCode(1)
        }
        let terminal: Terminal
        do {
            terminal = try Terminal(monochrome: monochrome)
        } catch {
            Output.error(error.description)
            throw ExitCode(1)
        }
        defer { terminal.stop() }
        let view = BoardView(centerName: config.center.name, lines: catalog.queueLines.map(\.line), timeZone: .current)
        let reader = BoardReader(store: store)
        reader.start()
        while true {
            let (board, away) = reader.latest
            terminal.draw(view.render(board, away: away, size: terminal.size, now: Date()))
            switch terminal.next(timeout: 200) {
            case .hangup: return
            case .event(.key(.control("c"))), .event(.key(.character("q"))): return
            case .event, .idle: continue
            }
        }
    }
}

/// Reads the board off the drawing loop: a server that stops answering must not freeze the clock on the wall,
/// and the last board stays up, marked, until it answers again.
final class BoardReader: @unchecked Sendable {
    private let store: any QueueStore
    private let lock = NSLock()
    private var board: QueueBoard?
    private var away = false

    init(store: any QueueStore) {
        self.store = store
    }

    var latest: (QueueBoard?, Bool) { lock.withLock { (board, away) } }

    func start() {
        Thread.detachNewThread { [self] in
            while true {
                let now = Date()
                let read = try? store.board(day: TicketDesk.day(now, in: .current))
                lock.withLock {
                    if let read { board = read }
                    away = read == nil
                }
                Thread.sleep(forTimeInterval: 0.25)
            }
        }
    }
}

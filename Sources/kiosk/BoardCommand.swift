import ArgumentParser
import Foundation
import KioskConfiguration
import KioskGrid
import KioskTerminal
import KioskRuntime
import KioskSpeech
import KioskUI
import KioskVoice
import ProcedureCatalog
import QueueTickets

/// `kiosk board`: the hall's display board on a terminal (a screen on the wall): the numbers being served,
/// the latest call highlighted, in both languages. It reads the queue a few times a second, so a call at a
/// counter shows within a second, and (`[board] call_aloud`) is heard: a chime, then the number and the
/// counter, twice, calls queued behind each other. Ctrl-C or q ends it.
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
        // Before the screen is taken: a voice that cannot be had is said on stderr, not over the board.
        let voice = Self.voice(config.boardSpeech, options.language(config))
        let terminal = try Terminal.forCommand(monochrome: monochrome)
        defer { terminal.stop() }
        let view = BoardView(centerName: config.center.name, lines: catalog.queueLines.map(\.line), timeZone: .current,
                             glyphs: .forTerminal(ProcessInfo.processInfo.environment["TERM"]))
        let reader = BoardReader(store: store, lines: catalog.queueLines.map(\.line))
        reader.start()
        while true {
            let (board, away) = reader.latest
            if let board, let voice { voice.announce(board) }
            terminal.draw(view.render(board, away: away, size: terminal.size, now: Date()))
            switch terminal.next(timeout: 200) {
            case .hangup: return
            case .event(.key(.control("c"))), .event(.key(.character("q"))): return
            case .event, .idle: continue
            }
        }
    }
}

extension BoardCommand {
    /// The board's voice, or nil: silent by kiosk.conf, or no voice data or sound device (said on stderr, which
    /// the unit's journal keeps; the board runs on, silent).
    static func voice(_ settings: BoardSpeechSettings?, _ language: Language) -> BoardVoice? {
        guard let settings else { return nil }
        do {
            let player = try SpeechPlayer.make(settings.output, vietnamese: settings.vietnameseVoice) {
                FileHandle.standardError.write(Data("kiosk board: \($0)\n".utf8))
            }
            return BoardVoice(player: player, calls: BoardCalls(english: settings.english), volume: SpeechLevel(settings.volume))
        } catch {
            Output.error((language == .vi ? "kiosk board: không đọc to các lượt gọi số: " : "kiosk board: the calls are not said aloud: ")
                + "\(error)")
            return nil
        }
    }
}

/// The calls found on each board read, played in order: the player queues them, so two counters calling at
/// once are heard one after the other.
final class BoardVoice {
    private let player: SpeechPlayer
    private var calls: BoardCalls
    private let volume: SpeechLevel
    private var lastBoard: QueueBoard?

    init(player: SpeechPlayer, calls: BoardCalls, volume: SpeechLevel) {
        self.player = player
        self.calls = calls
        self.volume = volume
    }

    func announce(_ board: QueueBoard) {
        guard board != lastBoard else { return }
        lastBoard = board
        for call in calls.calls(in: board) {
            player.play([.chime(volume)] + calls.utterances(call, volume: volume).map(SpeechPlayer.Sound.words))
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

    /// The hall's lines, for the waits (read every tenth round: they move by the minute, calls by the second).
    private let lines: [QueueLine]

    init(store: any QueueStore, lines: [QueueLine]) {
        self.store = store
        self.lines = lines
    }

    var latest: (QueueBoard?, Bool) { lock.withLock { (board, away) } }

    func start() {
        Thread.detachNewThread { [self] in
            var round = 0
            while true {
                let now = Date()
                let withWaits = round % 10 == 0
                var read = try? store.board(day: TicketDesk.day(now, in: .current), lines: withWaits ? lines : [], at: now)
                round += 1
                lock.withLock {
                    if !withWaits, let old = board?.outlook { read?.outlook = old }
                    if let read { board = read }
                    away = read == nil
                }
                Thread.sleep(forTimeInterval: 0.25)
            }
        }
    }
}

import ArgumentParser
import CaseTracking
import DemoTours
import Foundation
import Glibc
import KioskConfiguration
import KioskOperations
import KioskRuntime
import KioskTerminal
import KioskUI
import KioskVoice
import Logging
import ProcedureCatalog

/// `kiosk run` (the default): the full-screen kiosk on this terminal.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Open the full-screen kiosk on this terminal (the default command)."
    )

    @OptionGroup var options: CommonOptions

    @Flag(name: .long, help: "Draw without colours (also when NO_COLOR is set or the terminal has none).")
    var monochrome = false

    @Flag(name: .long, help: "For development: Ctrl-C ends the program and the exit chord needs no PIN.")
    var noLockdown = false

    @Flag(name: .long, help: "Start with speech on (demonstrations, tests); needs [speech] output in kiosk.conf.")
    var speech = false

    func run() throws {
        try KioskSession(options: options, monochrome: monochrome, lockdown: !noLockdown, speaking: speech).run(tour: nil)
            .endProcessIfSignalled()
    }
}

extension KioskLoop.Ending {
    /// Stopped by a signal, the kiosk (its terminal restored, its pid file gone, its stop logged) then ends by
    /// that signal, so that whoever sent it (systemd, a test) sees the status it expects.
    func endProcessIfSignalled() {
        let number: Int32
        switch self {
        case .terminated: number = SIGTERM
        case .hangUpSignal: number = SIGHUP
        case .staffExit, .hangUp: return
        }
        signal(number, SIG_DFL)
        raise(number)
    }
}

/// Everything `kiosk run` and `kiosk demo` share: settings, catalog, case store, log, terminal, the loop.
struct KioskSession {
    let options: CommonOptions
    let monochrome: Bool
    let lockdown: Bool
    var speaking = false

    /// Runs the kiosk; with `tour`, starting that guided tour (after seeding the demo cases afresh, so that the
    /// tour's receipt numbers are today's).
    @discardableResult
    func run(tour startTour: String?) throws -> KioskLoop.Ending {
        var config = try options.loadConfig()
        let started = DispatchTime.now().uptimeNanoseconds
        let loaded = try options.loadIndexedCatalog(config)
        let loadMilliseconds = (DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        let catalog = loaded.catalog
        let catalogFolder = options.catalog ?? config.catalogPath
        let tours = try Tours.load(catalog: catalog, folder: catalogFolder, config: config)
        // Files an older version (or a hand) left readable by others become the kiosk's own before it writes.
        PrivateFiles(config: config).tighten()
        let logger = KioskLog.start(config: config)
        if loaded.source == .lastGoodSnapshot { Self.reportRejected(loaded.rejected, folder: catalogFolder, config, logger) }
        // Speech is offered (home's tile, F9) only where it can be heard: no voice or no sound device is logged.
        let speaker = SpeechPlayer.make(config.speech, logger: logger)
        if speaker == nil { config.speech = nil }
        let app = KioskApp(catalog: catalog, index: loaded.index, config: config, lockdown: lockdown,
                           glyphs: .forTerminal(ProcessInfo.processInfo.environment["TERM"]))
        let stores = CaseDatabase.openForKiosk(config: config, catalogFolder: catalogFolder, logger: logger)
        var demoCases = tours.cases
        if startTour != nil, let sqlite = stores.local,
           let seeded = try? CaseDatabase.seed(sqlite, config: config, catalog: catalog, catalogFolder: catalogFolder)
        {
            demoCases = Tours.caseMap(seeded)
        }
        let tour = try startTour.map { id in
            guard let tour = tours.all.first(where: { $0.id == id }) else {
                Output.error("no tour \(id) (kiosk demo --list)")
                throw ExitCode(1)
            }
            return tour
        }
        let lookup = CaseDatabase.lookup(stores.cases, config: config)
        let terminal: Terminal
        do {
            terminal = try Terminal(monochrome: monochrome)
        } catch {
            Output.error(error.description)
            logger.error("no terminal", metadata: ["reason": "\(error.description)"])
            throw ExitCode(1)
        }
        defer { terminal.stop() }
        // From here the screen belongs to curses: whatever a library prints to stderr goes to a file.
        KioskLog.redirectStandardError(config: config)
        // After the terminal: the stop signals' handlers go on top of the terminal's own.
        let reloads = SignalReloadRequests()
        let pidFile = KioskLog.claimPidFile(config: config, logger: logger)
        defer { pidFile?.release() }
        logger.info("start", metadata: ["procedures": "\(catalog.procedures.count)", "catalog": "\(catalogFolder)",
                                        "catalog_source": "\(loaded.source)", "load_ms": "\(loadMilliseconds)",
                                        "lockdown": "\(lockdown)", "tour": "\(startTour ?? "")"])
        if let problem = loaded.snapshotProblem { logger.warning("catalog snapshot", metadata: ["problem": "\(problem)"]) }
        let staffExit = StaffExitKeeper(file: StaffExitFile(path: config.staffExitPath), policy: app.staffExitPolicy,
                                        logger: logger)
        let ratings = RatingRecorder(store: stores.ratings, outbox: RatingOutbox(path: config.ratingOutboxPath),
                                     perMinute: config.quickRatingsPerMinute, logger: logger)
        let searches = stores.searches.map {
            SearchRecorder(log: $0, kiosk: config.kioskName, keepDays: config.searchKeepDays, logger: logger)
        }
        let runner = EffectRunner(lookup: lookup, staffExit: staffExit, ratings: ratings, searches: searches, logger: logger,
                                  desk: QueueDatabase.desk(config, logger: logger), printer: QueueDatabase.printer(config),
                                  speaker: speaker)
        var loop = KioskLoop(app: app, display: terminal, runner: runner, language: options.language(config),
                             watcher: CatalogWatcher(folder: catalogFolder, snapshot: config.catalogSnapshotPath,
                                                             scope: config.catalogScope),
                             reloads: reloads, logger: logger)
        loop.demo = DemoSettings(tours: tours.all, cases: demoCases, pace: TimeInterval(config.demoPaceSeconds),
                                 attract: config.attractLoop ? tours.all.first { $0.id == config.attractTour } : nil,
                                 attractAfter: TimeInterval(config.attractAfterSeconds))
        let reason = loop.run(startingWith: tour, staffFailures: staffExit.load(at: Date()), speaking: speaking)
        logger.info("stop", metadata: ["reason": "\(reason.rawValue)"])
        return reason
    }

    /// The catalog's files do not validate and the kiosk runs on the last good snapshot: said on the way in, and
    /// in the log with every problem (as a live reload's rejection is), for `kiosk doctor` and the operator.
    private static func reportRejected(_ problems: [CatalogProblem], folder: String, _ config: KioskConfig,
                                       _ logger: Logger) {
        let language = config.defaultLanguage
        for problem in problems.prefix(20) { Output.error(problem.message(in: language)) }
        Output.error(language == .vi
            ? "Danh mục \(folder) không hợp lệ (\(problems.count) lỗi): kiosk chạy bằng danh mục hợp lệ gần nhất (\(config.catalogSnapshotPath ?? ""))."
            : "The catalog \(folder) is invalid (\(problems.count) problem(s)): the kiosk runs on the last good one (\(config.catalogSnapshotPath ?? "")).")
        logger.error("catalog rejected at start, running on the last good snapshot", metadata: [
            "problems": .array(problems.prefix(50).map { .string($0.message(in: .en)) }),
            "count": "\(problems.count)", "snapshot": "\(config.catalogSnapshotPath ?? "")",
        ])
    }
}

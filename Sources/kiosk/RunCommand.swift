import ArgumentParser
import CaseTracking
import DemoTours
import Foundation
import Glibc
import KioskConfiguration
import KioskOperations
import KioskTerminal
import KioskUI
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

    func run() throws {
        try KioskSession(options: options, monochrome: monochrome, lockdown: !noLockdown).run(tour: nil)
    }
}

/// Everything `kiosk run` and `kiosk demo` share: settings, catalog, case store, log, terminal, the loop.
struct KioskSession {
    let options: CommonOptions
    let monochrome: Bool
    let lockdown: Bool

    /// Runs the kiosk; with `tour`, starting that guided tour (after seeding the demo cases afresh, so that the
    /// tour's receipt numbers are today's).
    func run(tour startTour: String?) throws {
        let config = try options.loadConfig()
        let started = DispatchTime.now().uptimeNanoseconds
        let loaded = try options.loadIndexedCatalog(config)
        let loadMilliseconds = (DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        let catalog = loaded.catalog
        let catalogFolder = options.catalog ?? config.catalogPath
        let tours = try Tours.load(catalog: catalog, folder: catalogFolder, config: config)
        let logger = KioskLog.start(config: config)
        let app = KioskApp(catalog: catalog, index: loaded.index, config: config, lockdown: lockdown)
        let store = CaseDatabase.openForKiosk(config: config, catalog: catalog, catalogFolder: catalogFolder,
                                              logger: logger)
        var demoCases = tours.cases
        if startTour != nil, let sqlite = store as? SQLiteCaseStore,
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
        let lookup = CaseDatabase.lookup(store, config: config)
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
        ReloadRequest.install(pidFile: KioskLog.pidFile(config: config))
        logger.info("start", metadata: ["procedures": "\(catalog.procedures.count)", "catalog": "\(catalogFolder)",
                                        "catalog_source": "\(loaded.source)", "load_ms": "\(loadMilliseconds)",
                                        "lockdown": "\(lockdown)", "tour": "\(startTour ?? "")"])
        if let problem = loaded.snapshotProblem { logger.warning("catalog snapshot", metadata: ["problem": "\(problem)"]) }
        let staffExit = StaffExitKeeper(file: StaffExitFile(path: config.staffExitPath), policy: app.staffExitPolicy,
                                        logger: logger)
        var loop = KioskLoop(app: app, terminal: terminal, lookup: lookup, language: options.language(config),
                             watcher: CatalogWatcher(folder: catalogFolder, snapshot: config.catalogSnapshotPath),
                             staffExit: staffExit, logger: logger)
        loop.demo = DemoSettings(tours: tours.all, cases: demoCases, pace: TimeInterval(config.demoPaceSeconds),
                                 attract: config.attractLoop ? tours.all.first { $0.id == config.attractTour } : nil,
                                 attractAfter: TimeInterval(config.attractAfterSeconds))
        let reason = loop.run(startingWith: tour)
        logger.info("stop", metadata: ["reason": "\(reason.rawValue)"])
    }
}

/// The tours a loop may play and how.
struct DemoSettings {
    var tours: [Tour] = []
    var cases: [String: (receipt: String, last4: String)] = [:]
    var pace: TimeInterval = 5
    var attract: Tour?
    var attractAfter: TimeInterval = 60
}

/// Input → update → effects → view → draw, until staff leave or the terminal goes away; between frames,
/// catalog reloads and usage summaries.
struct KioskLoop {
    var app: KioskApp
    let terminal: Terminal
    let lookup: CaseLookup
    let language: Language
    let watcher: CatalogWatcher
    let staffExit: StaffExitKeeper
    let logger: Logger
    var demo = DemoSettings()
    private var usage = UsageTally()
    /// The guided tour playing, if any.
    private var driver: TourDriver?
    /// The last frame drawn and the state (and catalog generation) it shows.
    private var lastFrame: (state: KioskState, app: Int, frame: Frame)?
    /// Counts catalog reloads: a frame of the previous catalog is not reused.
    private var appGeneration = 0

    /// Events handled before drawing, so that a paste or a scanner burst costs one frame, not one per key.
    private static let burst = 256
    /// How often the catalog folder is checked for changes, and usage summaries are logged (seconds).
    private static let watchInterval = 5.0
    private static let usageInterval = 600.0

    init(app: KioskApp, terminal: Terminal, lookup: CaseLookup, language: Language, watcher: CatalogWatcher,
         staffExit: StaffExitKeeper, logger: Logger) {
        self.app = app
        self.terminal = terminal
        self.lookup = lookup
        self.language = language
        self.watcher = watcher
        self.staffExit = staffExit
        self.logger = logger
    }

    enum Ending: String { case staffExit = "staff exit", hangUp = "terminal gone" }

    mutating func run(startingWith tour: Tour? = nil) -> Ending {
        let now = Date()
        var state = app.initialState(language: language, size: terminal.size, now: now,
                                     staffFailures: staffExit.load(at: now))
        if let tour { startTour(tour, attract: false, &state) }
        var scanner = ScanDetector()
        var lastWatch = ProcessInfo.processInfo.systemUptime
        var lastUsage = lastWatch
        defer { usage.flush(to: logger) }
        while true {
            terminal.draw(frame(of: state).grid)
            guard let events = nextBurst(timeout: timeout(scanner)) else { return .hangUp }
            let now = ProcessInfo.processInfo.systemUptime
            var ready = events.flatMap { scanner.feed($0, at: now) }
            ready += scanner.flushIfStale(at: now)
            ready.append(.tick(Date()))
            for event in ready {
                if driver != nil {
                    let (app, lookup) = (self.app, self.lookup)
                    let handling = driver!.handle(event, &state, app: app) { event, state in
                        Self.applyInTour(event, &state, app: app, lookup: lookup)
                    }
                    if handling == .leave { driver = nil }
                } else if apply(event, &state) == .quit {
                    return .staffExit
                }
            }
            if driver == nil, let attract = demo.attract, app.isPristine(state),
               state.now.timeIntervalSince(state.lastActivity) >= demo.attractAfter
            {
                startTour(attract, attract: true, &state)
            }
            if ReloadRequest.take() || now - lastWatch >= Self.watchInterval {
                watcher.check(force: ReloadRequest.forced)
                lastWatch = now
            }
            if let outcome = watcher.take() { adopt(outcome, &state) }
            if now - lastUsage >= Self.usageInterval {
                usage.flush(to: logger)
                lastUsage = now
            }
        }
    }

    /// Takes a reloaded catalog, keeping the citizen's place; a broken one is logged and ignored.
    private mutating func adopt(_ outcome: CatalogWatcher.Outcome, _ state: inout KioskState) {
        switch outcome {
        case .loaded(let loaded):
            let (catalog, index) = (loaded.catalog, loaded.index)
            let next = app.replacingCatalog(catalog, index: index)
            state = next.carryOver(state, from: app)
            app = next
            appGeneration += 1
            logger.info("catalog reloaded", metadata: ["procedures": "\(catalog.procedures.count)"])
        case .rejected(let problems):
            logger.error("catalog rejected, the last good one stays", metadata: [
                "problems": .array(problems.prefix(50).map { .string($0.message(in: .en)) }),
                "count": "\(problems.count)",
            ])
        }
    }

    private mutating func startTour(_ tour: Tour, attract: Bool, _ state: inout KioskState) {
        driver = TourDriver(tour: tour, cases: demo.cases, attract: attract, pace: demo.pace, state: &state, app: app)
    }

    /// A tour's events run like a citizen's, but count for nothing in the usage statistics and cannot quit.
    static func applyInTour(_ event: KioskEvent, _ state: inout KioskState, app: KioskApp, lookup: CaseLookup) {
        var pending = [event]
        while !pending.isEmpty {
            for effect in app.update(&state, pending.removeFirst()) {
                if case .lookUpCase(let receipt, let idLast4) = effect {
                    pending.append(.caseLookedUp(lookup.lookUp(receipt, idLast4: idLast4)))
                }
            }
        }
    }

    private enum Outcome { case goOn, quit }

    /// Applies one event and every event its effects produce.
    private mutating func apply(_ event: KioskEvent, _ state: inout KioskState) -> Outcome {
        var pending = [event]
        while !pending.isEmpty {
            let next = pending.removeFirst()
            let shown = if case .click = next { frame(of: state) } else { Frame?.none }
            for effect in app.update(&state, next, shown: shown) {
                switch effect {
                case .quit:
                    return .quit
                case .lookUpCase(let receipt, let idLast4):
                    let outcome = lookup.lookUp(receipt, idLast4: idLast4)
                    log(outcome, receipt)
                    pending.append(.caseLookedUp(outcome))
                case .usage(let event):
                    count(event)
                case .checkStaffExit:
                    pending.append(staffExit.check(at: Date()))
                case .recordWrongStaffPIN(let time):
                    if let answer = staffExit.recordWrong(at: time) { pending.append(answer) }
                case .staffPINAccepted:
                    staffExit.accepted()
                    logger.info("staff exit with the staff PIN")
                }
            }
        }
        return .goOn
    }

    /// What staff must know of a look-up: the database away, a receipt number locked, the kiosk paused. The
    /// agency part says which office's cases; the rest of the number stays out of the log.
    private func log(_ outcome: LookupOutcome, _ receipt: ReceiptNumber) {
        switch outcome {
        case .unavailable:
            logger.error("case database unavailable", metadata: ["receipt": "\(receipt.masked)"])
        case .notFound(then: .receiptLocked(let until)):
            logger.warning("receipt number locked after failed look-ups", metadata: [
                "receipt": "\(receipt.masked)", "until": "\(until.formatted(.iso8601))",
                "unlock": "kiosk cases unlock RECEIPT",
            ])
        case .notFound(then: .kioskCoolingDown(let until)):
            logger.warning("kiosk look-ups paused after failed look-ups", metadata: [
                "until": "\(until.formatted(.iso8601))",
            ])
        case .refused(.receiptLocked):
            logger.info("look-up of a locked receipt number refused", metadata: ["receipt": "\(receipt.masked)"])
        case .found, .notFound, .refused:
            break
        }
    }

    /// The frame of `state`, drawn again only when the state changed: taps in a burst that change nothing (a
    /// touch beside every button) cost a comparison, not a frame each.
    private mutating func frame(of state: KioskState) -> Frame {
        if let last = lastFrame, last.state == state, last.app == appGeneration { return last.frame }
        let frame = app.view(state)
        lastFrame = (state, appGeneration, frame)
        return frame
    }

    private mutating func count(_ event: UsageEvent) {
        switch event {
        case .searchWithoutResult(let query): usage.searchWithoutResult(query)
        case .viewed(let code): usage.viewed(code)
        case .lookup(let outcome): usage.lookup(outcome)
        }
    }

    /// Until the scanner's held keys are due, else a second (the clock and countdowns show seconds).
    private func timeout(_ scanner: ScanDetector) -> Int32 {
        guard let deadline = scanner.deadline else { return 1000 }
        let left = deadline - ProcessInfo.processInfo.systemUptime
        return Int32(max(0, min(1, left)) * 1000) + 1
    }

    /// Waits for input, then takes what else is already waiting; nil when the terminal has hung up.
    private func nextBurst(timeout: Int32) -> [KioskEvent]? {
        var events: [KioskEvent] = []
        var input = terminal.next(timeout: timeout)
        while true {
            switch input {
            case .hangup: return nil
            case .idle: return events
            case .event(let event):
                events.append(KioskEvent(event))
                if events.count >= Self.burst { return events }
            }
            input = terminal.next(timeout: 0)
        }
    }
}

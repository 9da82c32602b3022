import CaseTracking
import DemoTours
import Foundation
import KioskConfiguration
import KioskOperations
import KioskTerminal
import KioskUI
import Logging
import ProcedureCatalog

/// The tours a loop may play and how.
public struct DemoSettings {
    public var tours: [Tour] = []
    public var cases: [String: (receipt: String, last4: String)] = [:]
    public var pace: TimeInterval = 5
    public var attract: Tour?
    public var attractAfter: TimeInterval = 60

    public init(tours: [Tour] = [], cases: [String: (receipt: String, last4: String)] = [:], pace: TimeInterval = 5,
                attract: Tour? = nil, attractAfter: TimeInterval = 60) {
        self.tours = tours
        self.cases = cases
        self.pace = pace
        self.attract = attract
        self.attractAfter = attractAfter
    }
}

/// Input → update → effects → view → draw, until staff leave or the display goes away; between frames, the
/// answers of background work, catalog reloads and usage summaries. A library with its seams open: the
/// display, the clock, the reload requests and the effect runner are given, so tests drive the real loop.
public struct KioskLoop {
    var app: KioskApp
    let display: any KioskDisplay
    let runner: EffectRunner
    let language: Language
    let watcher: CatalogWatcher?
    let reloads: (any ReloadRequests)?
    let clock: any KioskClock
    let logger: Logger
    public var demo = DemoSettings()
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

    public init(app: KioskApp, display: any KioskDisplay, runner: EffectRunner, language: Language,
                watcher: CatalogWatcher?, reloads: (any ReloadRequests)?, clock: any KioskClock = SystemClock(),
                logger: Logger) {
        self.app = app
        self.display = display
        self.runner = runner
        self.language = language
        self.watcher = watcher
        self.reloads = reloads
        self.clock = clock
        self.logger = logger
    }

    public enum Ending: String {
        case staffExit = "staff exit", hangUp = "terminal gone", terminated = "SIGTERM", hangUpSignal = "SIGHUP"
    }

    /// What the loop carries from one turn to the next: the kiosk's state, the scanner's held keys, when the
    /// catalog was last checked and the usage counts last logged.
    public struct Turn {
        public internal(set) var state: KioskState
        var scanner = ScanDetector()
        var lastWatch: TimeInterval
        var lastUsage: TimeInterval
    }

    /// Runs turns until staff leave, the display hangs up or a stop signal comes.
    public mutating func run(startingWith tour: Tour? = nil, staffFailures: StaffPINFailures = StaffPINFailures(),
                             speaking: Bool = false) -> Ending {
        var turn = start(tour: tour, staffFailures: staffFailures, speaking: speaking)
        defer { runner.flushUsage() }
        while true {
            if let ending = step(&turn) { return ending }
        }
    }

    /// The first turn's state (a tour started when one is asked for).
    public mutating func start(tour: Tour? = nil, staffFailures: StaffPINFailures = StaffPINFailures(),
                               speaking: Bool = false) -> Turn {
        var state = app.initialState(language: language, size: display.size, now: clock.now(),
                                     staffFailures: staffFailures, speaking: speaking)
        // Speech on from the start (`kiosk run --speech`): the first screen is said as if turned on by its key.
        if state.speaking { _ = runner.run(app.speechOnStart(&state)) }
        if let tour { startTour(tour, attract: false, &state) }
        let now = clock.uptime()
        return Turn(state: state, lastWatch: now, lastUsage: now)
    }

    /// One turn: the frame drawn, a burst of input waited for (up to a second), every event of it and every
    /// answer of background work handled, then what is due between frames (the attract loop, the outbox's
    /// retry, the catalog check, the usage summary). Returns how the loop ends, or nil to go on. Tests drive
    /// the loop turn by turn, with a scripted display and a clock of their own.
    public mutating func step(_ turn: inout Turn) -> Ending? {
        display.draw(frame(of: turn.state).grid)
        let burst = nextBurst(timeout: timeout(turn.scanner))
        if let signal = reloads?.stopRequest() { return signal == SIGHUP ? .hangUpSignal : .terminated }
        guard let events = burst else { return .hangUp }
        let now = clock.uptime()
        var ready = events.flatMap { turn.scanner.feed($0, at: now) }
        ready += turn.scanner.flushIfStale(at: now)
        ready += runner.finished()
        ready.append(.tick(clock.now()))
        for event in ready {
            if driver != nil {
                let (app, runner) = (self.app, self.runner)
                let handling = driver!.handle(event, &turn.state, app: app) { event, state in
                    Self.applyInTour(event, &state, app: app, runner: runner)
                }
                if handling == .leave { driver = nil }
            } else if apply(event, &turn.state) == .quit {
                return .staffExit
            }
        }
        betweenFrames(&turn, now: now)
        return nil
    }

    /// Whether a guided tour (or the attract loop) is playing.
    public var playingTour: Bool { driver != nil }

    private mutating func betweenFrames(_ turn: inout Turn, now: TimeInterval) {
        if driver == nil, let attract = demo.attract, app.isPristine(turn.state),
           turn.state.now.timeIntervalSince(turn.state.lastActivity) >= demo.attractAfter
        {
            startTour(attract, attract: true, &turn.state)
        }
        if now - turn.lastWatch >= Self.watchInterval { runner.retryOutbox() }
        if let watcher {
            let forced = reloads?.take() ?? false
            if forced || now - turn.lastWatch >= Self.watchInterval {
                watcher.check(force: forced)
                turn.lastWatch = now
            }
            if let outcome = watcher.take() { adopt(outcome, &turn.state) }
        } else if now - turn.lastWatch >= Self.watchInterval {
            turn.lastWatch = now
        }
        if now - turn.lastUsage >= Self.usageInterval {
            runner.flushUsage()
            turn.lastUsage = now
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
    public static func applyInTour(_ event: KioskEvent, _ state: inout KioskState, app: KioskApp, runner: EffectRunner) {
        var pending = [event]
        while !pending.isEmpty {
            pending += runner.run(app.update(&state, pending.removeFirst()), tour: true).events
        }
    }

    private enum Outcome { case goOn, quit }

    /// Applies one event and every event its effects answer at once.
    private mutating func apply(_ event: KioskEvent, _ state: inout KioskState) -> Outcome {
        var pending = [event]
        while !pending.isEmpty {
            let next = pending.removeFirst()
            let shown = if case .click = next { frame(of: state) } else { Frame?.none }
            let answer = runner.run(app.update(&state, next, shown: shown))
            if answer.quit { return .quit }
            pending += answer.events
        }
        return .goOn
    }

    /// The frame of `state`, drawn again only when the state changed: taps in a burst that change nothing (a
    /// touch beside every button) cost a comparison, not a frame each.
    private mutating func frame(of state: KioskState) -> Frame {
        if let last = lastFrame, last.state == state, last.app == appGeneration { return last.frame }
        let frame = app.view(state)
        lastFrame = (state, appGeneration, frame)
        return frame
    }

    /// Until the scanner's held keys are due, else a second (the clock and countdowns show seconds); while a
    /// look-up runs, a twentieth of a second, so that its answer shows as soon as it comes.
    private func timeout(_ scanner: ScanDetector) -> Int32 {
        let most: Double = runner.busy ? 0.05 : 1
        guard let deadline = scanner.deadline else { return Int32(most * 1000) }
        let left = deadline - clock.uptime()
        return Int32(max(0, min(most, left)) * 1000) + 1
    }

    /// Waits for input, then takes what else is already waiting; nil when the display has hung up.
    private func nextBurst(timeout: Int32) -> [KioskEvent]? {
        var events: [KioskEvent] = []
        var input = display.next(timeout: timeout)
        while true {
            switch input {
            case .hangup: return nil
            case .idle: return events
            case .event(let event):
                events.append(KioskEvent(event))
                if events.count >= Self.burst { return events }
            }
            input = display.next(timeout: 0)
        }
    }
}

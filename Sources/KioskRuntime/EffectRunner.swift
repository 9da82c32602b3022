import CaseTracking
import Foundation
import KioskOperations
import KioskPrinting
import KioskUI
import Logging

/// Carries out what the state machine asks for (`Effect`): the one place that does, for the run loop, the tour
/// player and the tests. Effects that wait (a case look-up: a database may be slow or away) run off the input
/// loop in `.background`; their answers come back as events through `finished()`, so the screen never freezes.
public final class EffectRunner: @unchecked Sendable {
    public enum Mode: Sendable {
        /// The kiosk: look-ups on a queue of their own.
        case background
        /// Tests and tours: every answer at once, in order.
        case inline
    }

    public let lookup: CaseLookup
    let staffExit: StaffExitKeeper?
    let ratings: RatingRecorder?
    let searches: SearchRecorder?
    let logger: Logger
    let clock: any KioskClock
    let mode: Mode
    let desk: TicketDesk?
    let printer: ReceiptPrinter?
    let speaker: (any Speaker)?
    private(set) var usage = UsageTally()
    private let queue = DispatchQueue(label: "kiosk.effects")
    /// Prints wait on a device (up to their deadline): on a queue of their own, so a printer that does not
    /// answer never holds up a case look-up behind it.
    private let printQueue = DispatchQueue(label: "kiosk.printer")
    private let lock = NSLock()
    private var answers: [KioskEvent] = []
    private var running = 0

    public init(lookup: CaseLookup, staffExit: StaffExitKeeper?, ratings: RatingRecorder? = nil,
                searches: SearchRecorder? = nil, logger: Logger,
                clock: any KioskClock = SystemClock(), mode: Mode = .background, desk: TicketDesk? = nil,
                printer: ReceiptPrinter? = nil, speaker: (any Speaker)? = nil) {
        self.speaker = speaker
        self.desk = desk
        self.printer = printer
        self.lookup = lookup
        self.staffExit = staffExit
        self.ratings = ratings
        self.searches = searches
        self.logger = logger
        self.clock = clock
        self.mode = mode
    }

    /// What running some effects gave at once.
    public struct Outcome: Sendable {
        public var events: [KioskEvent] = []
        public var quit = false
    }

    /// Runs `effects` in order. A tour's effects (`tour`) only look up its demo cases: it neither quits nor
    /// counts, and it never touches the staff exit.
    public func run(_ effects: [Effect], tour: Bool = false) -> Outcome {
        var answer = Outcome()
        for effect in effects {
            switch effect {
            case .lookUpCase(let receipt, let idLast4):
                if tour {
                    answer.events.append(.answered(.lookedUp(receipt, look(receipt, idLast4, counted: false))))
                } else {
                    offLoop(&answer) { [self] in .lookedUp(receipt, look(receipt, idLast4, counted: true)) }
                }
            case _ where tour:
                continue
            case .quit:
                answer.quit = true
                return answer
            case .usage(let event):
                count(event)
            case .logSearch(let ended):
                guard let searches else { continue }
                let now = clock.now()
                // A write to the database: never on the input loop.
                if mode == .inline { searches.record(ended, at: now) } else { queue.async { searches.record(ended, at: now) } }
            case .paymentWithheld(let withheld):
                logger.warning("payment code withheld", metadata: [
                    "reason": "\(withheld.reason)", "total": "\(withheld.total.map(String.init) ?? "-")", "agency": "\(withheld.agency)",
                ])
            case .checkStaffExit:
                if let staffExit { answer.events.append(staffExit.check(at: clock.now())) }
            case .recordWrongStaffPIN(let time):
                if let event = staffExit?.recordWrong(at: time) { answer.events.append(event) }
            case .staffPINAccepted:
                staffExit?.accepted()
                logger.info("staff exit with the staff PIN")
            case .saveRating(let rating):
                guard let ratings else { continue }
                let now = clock.now()
                // A locked database waits its busy timeout before the outbox takes the rating: not on the loop.
                // The thanks screen shows at once; a rating neither store took changes what it says.
                offLoop(&answer) { .ratingSaved(kept: ratings.record(rating, at: now)) }
            case .findCaseRating(let receipt):
                answer.events.append(.answered(.caseRating(receipt, ratings?.earlier(receipt))))
            case .loadRatings(let start):
                answer.events.append(.answered(.ratings(ratings?.since(start, until: clock.now()) ?? [])))
            case .takeTicket(let request):
                let now = clock.now()
                let logger = logger
                offLoop(&answer) { [desk] in
                    .ticket(desk?.take(request, at: now, logger: logger) ?? .unavailable)
                }
            case .print(let printout):
                let logger = logger
                offLoop(&answer, on: printQueue) { [printer] in
                    .printed(printer?.print(printout, logger: logger) ?? .failed(.unreachable("no printer")))
                }
            case .speak(let utterance):
                speaker?.say(utterance)
            case .stopSpeaking:
                speaker?.stop()
            case .unlockReceipt(let receipt):
                let lifted = (try? lookup.store.unlock(receipt: receipt)) ?? false
                logger.info("receipt number unlocked by staff at the kiosk", metadata: ["receipt": "\(receipt.masked)"])
                answer.events.append(.answered(.unlocked(receipt, lifted)))
            }
        }
        return answer
    }

    /// Answers of background work finished since the last call, in the order they finished.
    public func finished() -> [KioskEvent] {
        lock.withLock {
            defer { answers = [] }
            return answers
        }
    }

    /// Whether background work is under way (the loop then looks for answers more often).
    public var busy: Bool { lock.withLock { running > 0 } }

    /// Retries what waits in the ratings outbox (the loop calls it between frames, now and then).
    public func retryOutbox() {
        ratings?.retry()
    }

    /// Logs the usage counts gathered so far and starts them again.
    public func flushUsage() {
        usage.flush(to: logger)
    }

    /// Work that waits on a store or a device (a case look-up, a queue number, a print): on the effect queue in
    /// the kiosk (the answer comes with `finished()`), at once in tests.
    private func offLoop(_ answer: inout Outcome, on queue: DispatchQueue? = nil,
                         _ work: @escaping @Sendable () -> KioskUI.Answer) {
        if mode == .inline {
            answer.events.append(.answered(work()))
            return
        }
        lock.withLock { running += 1 }
        (queue ?? self.queue).async { [self] in
            let event = KioskEvent.answered(work())
            lock.withLock {
                answers.append(event)
                running -= 1
            }
        }
    }

    private func look(_ receipt: ReceiptNumber, _ idLast4: String?, counted: Bool) -> LookupOutcome {
        let outcome = lookup.lookUp(receipt, idLast4: idLast4, at: clock.now())
        if counted { log(outcome, receipt) }
        return outcome
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

    private func count(_ event: UsageEvent) {
        switch event {
        case .searchWithoutResult(let query): usage.searchWithoutResult(query)
        case .viewed(let code): usage.viewed(code)
        case .lookup(let outcome): usage.lookup(outcome)
        }
    }
}

import Foundation
import KioskConfiguration
import ProcedureCatalog

/// A day at a large center, run through a real queue store (the kiosk's SQLite file or the hall server, with
/// the caller's clock): citizens arrive by the hour as a center sees them, some declaring a priority group,
/// some with a booking, some gone when called; officers sign in, call, serve and finish, pause for lunch. The
/// store calls by its `QueuePolicy` exactly as in the hall; the day measures the waits and how far the waits
/// the tickets were told fell from them. Deterministic: a seed gives the same citizens and services.
public struct SimulatedDay {
    public struct Line: Sendable {
        public var prefix: String
        public var counters: [Int]
        /// Of the day's visitors.
        public var share: Double
        /// The median service; services spread log-normally around it (σ 0.5: a few take twice as long).
        public var medianService: TimeInterval
    }

    public struct Settings: Sendable {
        public var visitors: Int
        public var lines: [Line]
        public var priorityShare = 0.08
        public var bookedShare = 0.15
        /// Of the booked: arriving after the grace.
        public var lateShare = 0.06
        /// Gone when called (marked absent after two minutes).
        public var noShowShare = 0.05
        public var seed: UInt64 = 37

        /// `visitors` at a center sized as `largeCenter` is for 1,000 (fewer counters for fewer visitors).
        public init(visitors: Int, lines: [Line] = Settings.largeCenter) {
            self.visitors = visitors
            var next = 1
            self.lines = lines.map { line in
                let count = max(1, Int((Double(line.counters.count) * Double(visitors) / 1000).rounded()))
                defer { next += count }
                return Line(prefix: line.prefix, counters: Array(next ..< next + count), share: line.share,
                            medianService: line.medianService)
            }
        }

        public var counters: Int { lines.reduce(0) { $0 + $1.counters.count } }

        /// Four lines, 24 counters for a 1,000-visitor day: about two thirds busy on average, full at the peaks
        /// (queues build mid-morning and mid-afternoon, then drain).
        public static let largeCenter = [
            Line(prefix: "A", counters: Array(1 ... 6), share: 0.30, medianService: 5 * 60),
            Line(prefix: "B", counters: Array(7 ... 13), share: 0.25, medianService: 8 * 60),
            Line(prefix: "C", counters: Array(14 ... 17), share: 0.25, medianService: 4 * 60),
            Line(prefix: "D", counters: Array(18 ... 24), share: 0.20, medianService: 10 * 60),
        ]
    }

    /// A citizen of the day.
    struct Visitor {
        var arrival: Date
        var line: Int
        var priority: String?
        var booking: Booking?
        var service: TimeInterval
        var noShow: Bool
    }

    /// What the day measured.
    public struct Outcome: Sendable {
        /// Minutes from joining the queue (a booking: its slot, or arrival if later) to the first call, by kind.
        public var waits: [TicketKind: [Double]] = [:]
        public var issued = 0
        public var absent = 0
        public var lateBookings = 0
        /// Tickets told a range; called within it; minutes outside it (0 inside).
        public var estimated = 0
        public var within = 0
        public var misses: [Double] = []
        /// Seconds the store took for the day's operations (wall clock).
        public var storeSeconds: Double = 0
        public var operations = 0
    }

    let settings: Settings
    /// The day ("2030-01-07") and its midnight in the center's time zone.
    let day: String
    let opening: Date

    /// nil for a `day` that is not YYYY-MM-DD.
    public init?(settings: Settings, day: String, zone: TimeZone) {
        guard let midnight = LocalClock.day(day, zone) else { return nil }
        self.settings = settings
        self.day = day
        self.opening = midnight
    }

    func at(_ hours: Double) -> Date { opening.addingTimeInterval(hours * 3600) }

    /// Working hours: 07:30–11:30 and 13:00–17:00; arrivals weighted by the hour (peaks mid-morning and
    /// mid-afternoon), none in the last quarter hour before each close. A counter serves its line's morning
    /// queue to the end before its lunch break.
    static let arrivalHours: [(from: Double, to: Double, weight: Double)] = [
        (7.5, 8, 0.6), (8, 9, 1.6), (9, 10, 1.6), (10, 11, 1.2), (11, 11.25, 0.5),
        (13, 14, 0.8), (14, 15, 1.4), (15, 16, 1.2), (16, 16.75, 0.6),
    ]

    func visitors() -> [Visitor] {
        var random = SplitMix64(seed: settings.seed)
        func uniform() -> Double { Double(random.next() >> 11) / Double(1 << 53) }
        func normal() -> Double { sqrt(-2 * log(max(uniform(), 1e-12))) * cos(2 * .pi * uniform()) }
        let weights = Self.arrivalHours.map { ($0.to - $0.from) * $0.weight }
        let total = weights.reduce(0, +)
        let slotHours = stride(from: 8.0, to: 16.5, by: 0.25).filter { $0 < 11 || $0 >= 13 }
        let groups = ["elderly", "disability", "pregnant", "young-child", "merit"]
        var visitors: [Visitor] = []
        for index in 0 ..< settings.visitors {
            var pick = uniform() * total
            var segment = 0
            while segment < weights.count - 1 && pick > weights[segment] { pick -= weights[segment]; segment += 1 }
            let hours = Self.arrivalHours[segment]
            var arrival = at(hours.from + uniform() * (hours.to - hours.from))
            var pickLine = uniform()
            var line = 0
            while line < settings.lines.count - 1 && pickLine > settings.lines[line].share { pickLine -= settings.lines[line].share; line += 1 }
            let spec = settings.lines[line]
            let service = spec.medianService * exp(0.5 * normal())
            var booking: Booking?
            var priority: String?
            if uniform() < settings.bookedShare {
                let slot = at(slotHours[Int(uniform() * Double(slotHours.count))])
                arrival = uniform() < settings.lateShare ? slot.addingTimeInterval((11 + uniform() * 15) * 60)
                    : slot.addingTimeInterval(-uniform() * 15 * 60)
                // The day in the code: a store keeps the codes of days run before.
                booking = Booking(code: BookingCode("SIM-\(day.filter(\.isNumber))-\(index)")!, line: spec.prefix, procedure: nil, day: day, slotStart: slot,
                                  slotEnd: slot.addingTimeInterval(15 * 60), initials: "SIM")
            } else if uniform() < settings.priorityShare {
                priority = groups[Int(uniform() * Double(groups.count))]
            }
            visitors.append(Visitor(arrival: arrival, line: line, priority: priority, booking: booking, service: service,
                                    noShow: uniform() < settings.noShowShare))
        }
        return visitors.sorted { $0.arrival < $1.arrival }
    }

    /// Runs the day on `store` (a day of its own per run: the store keeps what it did).
    public func run(_ store: some QueueStore & CounterStore) throws -> Outcome {
        var outcome = Outcome()
        let clock = DispatchTime.now().uptimeNanoseconds
        let visitors = visitors()
        let lines = settings.lines.map { QueueLine(prefix: $0.prefix, counters: $0.counters) }
        _ = try store.importBookings(visitors.compactMap(\.booking))
        let pinHash = StaffPIN.hash("135790")!
        var counterLine: [Int: String] = [:]
        for line in settings.lines { for counter in line.counters { counterLine[counter] = line.prefix } }
        let counters = counterLine.keys.sorted()
        for counter in counters {
            let staff = StaffNumber("SIM-\(counter)")!
            _ = try store.saveOfficer(Officer(staffNumber: staff, name: "Officer \(counter)"), pinHash: pinHash)
            _ = try store.signIn(staff, pin: "135790", counter: counter, day: day, at: at(7.5))
        }
        var busyUntil: [Int: Date] = [:]
        /// Whether the counter's ticket ends as absent (gone when called).
        var endsAbsent: [Int: Bool] = [:]
        /// Tickets not yet called per line: a counter asks the store only when its line has some.
        var waiting: [String: Int] = [:]
        var paused: Set<Int> = []
        var ticketOf: [TicketNumber: (visitor: Int, kind: TicketKind, taken: Date, told: WaitRange?, joined: Date)] = [:]
        var next = 0
        let lunch = (start: at(11.5), end: at(13))
        var now = at(7.5)
        func perform(_ action: CounterAction, _ counter: Int) throws -> CounterStatus {
            outcome.operations += 1
            return try store.perform(action, counter: counter, lines: [counterLine[counter]!], day: day, at: now)
        }
        while true {
            let arrival = next < visitors.count ? visitors[next].arrival : Date.distantFuture
            let finish = busyUntil.values.min() ?? .distantFuture
            let resume = paused.isEmpty ? Date.distantFuture : lunch.end
            now = min(arrival, finish, resume)
            if now == .distantFuture { break }
            if now == finish, let counter = busyUntil.first(where: { $0.value == finish })?.key {
                busyUntil[counter] = nil
                _ = try perform(endsAbsent[counter] == true ? .absent : .finish(receipt: nil), counter)
            } else if now == resume {
                for counter in paused.sorted() { _ = try perform(.resume, counter) }
                paused.removeAll()
            } else {
                let visitor = visitors[next]
                let request: TicketRequest = visitor.booking.map {
                    TicketRequest(.booking($0.code, lines: lines, expected: nil), priority: visitor.priority)
                } ?? .walkIn(lines[visitor.line], priority: visitor.priority)
                outcome.operations += 1
                let ticket = try store.take(request, day: day, at: now)
                outcome.issued += 1
                if ticket.lateBooking { outcome.lateBookings += 1 }
                let joined = ticket.kind == .booked ? max(ticket.slot?.start ?? now, now) : now
                ticketOf[ticket.number] = (next, ticket.kind, now, ticket.outlook.range, joined)
                waiting[ticket.number.prefix, default: 0] += 1
                next += 1
            }
            // Every free counter not at lunch calls the next the rule gives it.
            for counter in counters where busyUntil[counter] == nil && !paused.contains(counter) {
                let lineWaits = waiting[counterLine[counter]!, default: 0] > 0
                if now >= lunch.start && now < lunch.end && !lineWaits {
                    _ = try perform(.pause(.rest), counter)
                    paused.insert(counter)
                    continue
                }
                guard lineWaits else { continue }
                let status: CounterStatus
                do {
                    status = try perform(.callNext, counter)
                } catch CounterRefusal.nobodyWaiting {
                    continue
                }
                guard let called = status.current, let taken = ticketOf[called.number] else { continue }
                waiting[called.number.prefix, default: 0] -= 1
                let visitor = visitors[taken.visitor]
                // Served before the slot (a counter with nobody else to call): no wait.
                let waited = max(0, now.timeIntervalSince(taken.joined) / 60)
                outcome.waits[taken.kind, default: []].append(waited)
                if let told = taken.told {
                    let actual = now.timeIntervalSince(taken.taken) / 60
                    outcome.estimated += 1
                    if told.holds(actual) { outcome.within += 1 }
                    outcome.misses.append(told.miss(actual))
                }
                if visitor.noShow { outcome.absent += 1 }
                endsAbsent[counter] = visitor.noShow
                // A minute to walk to the counter, then the service; gone: marked absent after two minutes.
                busyUntil[counter] = now.addingTimeInterval(visitor.noShow ? 120 : 60 + visitor.service)
            }
        }
        for counter in counters { _ = try store.signOut(counter: counter, day: day, at: now) }
        outcome.storeSeconds = Double(DispatchTime.now().uptimeNanoseconds - clock) / 1e9
        return outcome
    }
}

import Foundation

/// The queue's days in figures (`kiosk queue report`), per line, counter, officer or hour of the day: tickets
/// taken, called, served, absent and moved to another line; how long citizens waited (from taking the ticket to
/// its first call) and how long a service took (from its start, or its call, to its end), p50 and p90; and, per
/// counter or officer, the pauses and their reasons; per line or hour, how far the waits the tickets were told
/// were from the waits that happened. No citizen appears in it: tickets are counted, not named.
public struct QueueReport: Sendable {
    public enum Grouping: String, CaseIterable, Sendable {
        case line, counter, officer, hour
    }

    public struct Group: Equatable, Sendable {
        public var key: String
        /// Tickets taken (lines and hours only: a ticket is not taken at a counter).
        public var taken: Int?
        public var called = 0
        public var served = 0
        public var absent = 0
        public var transferred = 0
        public var waitP50: TimeInterval?
        public var waitP90: TimeInterval?
        public var serviceP50: TimeInterval?
        public var serviceP90: TimeInterval?
        /// Per reason: how many pauses and how long in all.
        public var pauses: [PauseReason: PauseTotal] = [:]
        /// Tickets called that had been told a range of minutes, and how many were called within it.
        public var estimated = 0
        public var withinEstimate = 0
        /// How far outside its range a wait fell (0 inside), p90: the estimate's error.
        public var estimateMissP90: TimeInterval?
    }

    public struct PauseTotal: Equatable, Sendable {
        public var count: Int
        public var seconds: TimeInterval
    }

    public let grouping: Grouping
    public let first: String
    public let last: String
    public let groups: [Group]
    public let total: Group

    public init(tickets: [TicketRecord], events: [CounterEvent], grouping: Grouping, first: String, last: String,
                timeZone: TimeZone) {
        self.grouping = grouping
        self.first = first
        self.last = last
        // The first call of each ticket: a recall moves `called_at`, not the wait.
        var firstCall: [String: Date] = [:]
        for event in events where event.kind == "call" {
            guard let ticket = event.ticket else { continue }
            let key = "\(event.day)|\(ticket)"
            firstCall[key] = min(firstCall[key] ?? event.at, event.at)
        }
        let pauses = Self.pauses(events)
        func hour(_ date: Date) -> String {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = timeZone
            return String(format: "%02d:00", calendar.component(.hour, from: date))
        }
        func ticketKey(_ record: TicketRecord) -> String? {
            switch grouping {
            case .line: record.line
            case .counter: record.counter.map(String.init)
            case .officer: record.officer
            case .hour: hour(record.takenAt)
            }
        }
        func eventKey(_ event: CounterEvent) -> String? {
            switch grouping {
            case .line: event.ticket?.prefix
            case .counter: String(event.counter)
            case .officer: event.officer
            case .hour: hour(event.at)
            }
        }
        var records: [String: [TicketRecord]] = [:]
        for record in tickets { if let key = ticketKey(record) { records[key, default: []].append(record) } }
        var transfers: [String: Int] = [:]
        for event in events where event.kind == "transfer" { if let key = eventKey(event) { transfers[key, default: 0] += 1 } }
        var paused: [String: [(PauseReason, TimeInterval)]] = [:]
        for pause in pauses {
            let key = grouping == .counter ? String(pause.counter) : grouping == .officer ? pause.officer : nil
            if let key { paused[key, default: []].append((pause.reason, pause.seconds)) }
        }
        let counted = grouping == .line || grouping == .hour
        func group(_ key: String, _ members: [TicketRecord], transferred: Int, pauses: [(PauseReason, TimeInterval)]) -> Group {
            var group = Group(key: key, taken: counted ? members.count : nil)
            let calledMembers = members.filter { $0.calledAt != nil }
            group.called = calledMembers.count
            group.served = members.filter { $0.state == .finished }.count
            group.absent = members.filter { $0.state == .absent }.count
            group.transferred = transferred
            let waits = calledMembers.compactMap { record -> TimeInterval? in
                let called = firstCall["\(record.day)|\(record.number)"] ?? record.calledAt
                return called.map { $0.timeIntervalSince(record.takenAt) }
            }
            let services = members.filter { $0.state == .finished }.compactMap { record -> TimeInterval? in
                guard let end = record.finishedAt, let begin = record.startedAt ?? record.calledAt else { return nil }
                return end.timeIntervalSince(begin)
            }
            (group.waitP50, group.waitP90) = (Self.percentile(waits, 50), Self.percentile(waits, 90))
            (group.serviceP50, group.serviceP90) = (Self.percentile(services, 50), Self.percentile(services, 90))
            var misses: [TimeInterval] = []
            for record in calledMembers {
                guard let told = record.estimate,
                      let called = firstCall["\(record.day)|\(record.number)"] ?? record.calledAt else { continue }
                let range = WaitRange(low: told.lowerBound, high: told.upperBound, measured: 0, counters: 0)
                let waited = called.timeIntervalSince(record.takenAt) / 60
                group.estimated += 1
                if range.holds(waited) { group.withinEstimate += 1 }
                misses.append(range.miss(waited) * 60)
            }
            group.estimateMissP90 = Self.percentile(misses, 90)
            for (reason, seconds) in pauses {
                let before = group.pauses[reason] ?? PauseTotal(count: 0, seconds: 0)
                group.pauses[reason] = PauseTotal(count: before.count + 1, seconds: before.seconds + seconds)
            }
            return group
        }
        let keys = Set(records.keys).union(transfers.keys).union(paused.keys)
        groups = keys.sorted { a, b in
            // Counters in number order; the rest as text ("08:00" before "09:00").
            if let x = Int(a), let y = Int(b) { return x < y }
            return a < b
        }.map { group($0, records[$0] ?? [], transferred: transfers[$0] ?? 0, pauses: paused[$0] ?? []) }
        total = group("*", tickets, transferred: transfers.values.reduce(0, +),
                      pauses: pauses.map { ($0.reason, $0.seconds) })
    }

    /// Each pause at a counter, from its start to the resume (or the sign-out, or the end of that day's events).
    static func pauses(_ events: [CounterEvent]) -> [(counter: Int, officer: String, reason: PauseReason, seconds: TimeInterval)] {
        var open: [Int: (officer: String, reason: PauseReason, at: Date)] = [:]
        var pauses: [(counter: Int, officer: String, reason: PauseReason, seconds: TimeInterval)] = []
        var lastAt: [Int: Date] = [:]
        for event in events {
            lastAt[event.counter] = event.at
            if event.kind == "pause", let reason = event.reason.flatMap(PauseReason.init) {
                open[event.counter] = (event.officer ?? "", reason, event.at)
            } else if ["resume", "sign_out", "sign_in"].contains(event.kind), let started = open.removeValue(forKey: event.counter) {
                pauses.append((event.counter, started.officer, started.reason, event.at.timeIntervalSince(started.at)))
            }
        }
        for (counter, started) in open {
            pauses.append((counter, started.officer, started.reason, (lastAt[counter] ?? started.at).timeIntervalSince(started.at)))
        }
        return pauses
    }

    /// The value at or below which `p` % of them fall (nearest rank); nil for none.
    static func percentile(_ values: [TimeInterval], _ p: Double) -> TimeInterval? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = max(0, min(sorted.count - 1, Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1))
        return sorted[rank]
    }
}

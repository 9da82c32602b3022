/// The queue of a counter group at the center: the prefix its ticket numbers carry ("A" → A1, A2, …) and the
/// counters that call them. Agencies received at the same counters share one queue (the same prefix).
public struct QueueLine: Hashable, Sendable {
    /// One or two capital letters (A–Z).
    public var prefix: String
    /// The counters' numbers in the hall, e.g. [1, 2].
    public var counters: [Int]

    public init(prefix: String, counters: [Int]) {
        self.prefix = prefix
        self.counters = counters
    }

    /// Whether a prefix is one or two capital letters A–Z: what a ticket printer and a board can show.
    public static func isValidPrefix(_ text: String) -> Bool {
        (1...2).contains(text.unicodeScalars.count) && text.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    }
}

extension Catalog {
    /// Every queue of the center once, by prefix, with the agencies it receives.
    public var queueLines: [(line: QueueLine, agencies: [Agency])] {
        var order: [String] = []
        var byPrefix: [String: (line: QueueLine, agencies: [Agency])] = [:]
        for agency in agencies {
            guard let line = agency.queue else { continue }
            if byPrefix[line.prefix] == nil {
                order.append(line.prefix)
                byPrefix[line.prefix] = (line, [])
            }
            byPrefix[line.prefix]?.agencies.append(agency)
        }
        return order.compactMap { byPrefix[$0] }
    }

    /// The queue that calls counter `number`, if any.
    public func queueLine(forCounter number: Int) -> QueueLine? {
        agencies.lazy.compactMap(\.queue).first { $0.counters.contains(number) }
    }
}

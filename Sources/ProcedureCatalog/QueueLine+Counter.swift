extension Catalog {
    /// Every queue counter `number` calls (a counter may serve more than one), by prefix.
    public func queueLines(forCounter number: Int) -> [QueueLine] {
        queueLines.map(\.line).filter { $0.counters.contains(number) }
    }
}

import Foundation

/// The best-score tables (see `SearchIndex.bestScores(of:)`) of the query words of the last few keystrokes. A
/// citizen types one word after another: at "ho kinh do" the tables of "ho" and "kinh" were taken at earlier
/// keystrokes, and only the word being typed is new. Shared by copies of an index, and by searches on several
/// threads.
final class RecentScoreTables: @unchecked Sendable {
    /// Enough for every word of a long query and the one before it; each table is a byte per procedure.
    static let capacity = 12

    private var entries: [(word: [UInt8], table: [UInt8])] = []
    private let lock = NSLock()

    /// The table of this query word, if one was kept; it becomes the most recent.
    func table(for word: [UInt8]) -> [UInt8]? {
        lock.withLock {
            guard let position = entries.firstIndex(where: { $0.word == word }) else { return nil }
            let entry = entries.remove(at: position)
            entries.append(entry)
            return entry.table
        }
    }

    /// Whether this word's table is kept.
    func holds(_ word: [UInt8]) -> Bool {
        lock.withLock { entries.contains { $0.word == word } }
    }

    /// Keeps the table of a query word, forgetting the least recently used beyond `capacity`.
    func keep(_ table: [UInt8], for word: [UInt8]) {
        lock.withLock {
            entries.removeAll { $0.word == word }
            entries.append((word, table))
            if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
        }
    }
}

import Foundation

/// Writes a store refused (a full disk, a server and an outbox both away), oldest first, kept to be written
/// again before anything else: the failed look-ups the guess limit could not count (`UncountedFailures`), the
/// wrong staff PINs the exit's record could not take. Shared by reference, guarded by a lock: the effect queue
/// writes, a command may share the value.
public final class Backlog<Item: Sendable>: @unchecked Sendable {
    private var items: [Item] = []
    private let lock = NSLock()

    public init() {}

    /// How many writes wait.
    public var count: Int { lock.withLock { items.count } }

    /// Keeps a write the store refused.
    public func hold(_ item: Item) {
        lock.withLock { items.append(item) }
    }

    /// Writes every held item with `write`, oldest first; at the first it still refuses, throws and keeps
    /// that one and the rest.
    public func drain<Failure: Error>(_ write: (Item) throws(Failure) -> Void) throws(Failure) {
        lock.lock()
        defer { lock.unlock() }
        while let first = items.first {
            try write(first)
            items.removeFirst()
        }
    }
}

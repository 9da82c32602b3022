import Foundation
import Logging

/// What loggers were given, for tests that read log lines back: each message with its metadata, from any
/// number of loggers and threads.
public final class LogCapture: @unchecked Sendable {
    public struct Entry: Sendable {
        public let message: String
        public let metadata: Logger.Metadata
    }

    private let lock = NSLock()
    private var kept: [Entry] = []

    public init() {}

    public var entries: [Entry] { lock.withLock { kept } }
    public var messages: [String] { entries.map(\.message) }

    /// How many lines hold `text` in their message.
    public func count(containing text: String) -> Int { messages.filter { $0.contains(text) }.count }
    /// How many lines are exactly `message`.
    public func count(_ message: String) -> Int { messages.filter { $0 == message }.count }

    /// A logger that keeps every line here.
    public var logger: Logger { Logger(label: "test") { _ in self.handler } }
    /// A handler that keeps every line here (to wrap in another handler under test).
    public var handler: any LogHandler { Handler(capture: self) }

    private func add(_ entry: Entry) { lock.withLock { kept.append(entry) } }

    private struct Handler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            capture.add(Entry(message: event.message.description, metadata: metadata.merging(event.metadata ?? [:]) { $1 }))
        }
    }
}

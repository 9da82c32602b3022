import ArgumentParser
import Foundation
import HallDatabase
import KioskConfiguration
import KioskRuntime
import QueueTickets

/// The counter desk's store for the commands and the counter's terminals: the hall server's when kiosk.conf
/// names one, else this machine's queue file (the officer's terminal and the citizen's side beside it).
enum CounterDatabase {
    static func open(_ config: KioskConfig) throws -> any CounterQueue {
        if let server = try HallConnection.server(config) { return HallQueueStore(server: server, policy: config.queuePolicy) }
        return try SQLiteQueueStore(path: config.queueDatabasePath, policy: config.queuePolicy)
    }

    /// Runs `body` on the store; a store that cannot be opened or answer is said (in the operator's language)
    /// and ends the command with 1.
    static func run<T>(_ config: KioskConfig, _ vi: Bool, _ body: (any CounterQueue) throws -> T) throws -> T {
        do {
            return try body(try open(config))
        } catch let refusal as CounterRefusal {
            throw refusal
        } catch {
            Output.error((vi ? "Không dùng được kho số thứ tự: " : "The queue store cannot be used: ")
                + Output.problem(error, vi ? .vi : .en))
            throw ExitCode(1)
        }
    }
}

/// The queue as the counter desk uses it: tickets, counters, and the records the report reads.
typealias CounterQueue = CounterStore & QueueStore & QueueRecords

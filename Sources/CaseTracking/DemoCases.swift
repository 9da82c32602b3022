import Foundation
import ProcedureCatalog
import Yams

/// The demo cases in `Catalog/demo-cases.yaml`. Their days are written relative to the day they are seeded,
/// in working days (`-3 08:15`: three working days before, at 08:15; `0`: that day), so that "due today",
/// "late" and "N working days left" are true on the day of a demonstration.
public enum DemoCases {
    public static let fileName = "demo-cases.yaml"

    /// One problem of the demo file: which case (by key) and what.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var file: String
        public var key: String
        public var message: String
        public var description: String { "\(file): \(key.isEmpty ? "" : key + ": ")\(message)" }
    }

    struct File: Decodable {
        var cases: [Entry]
    }

    struct Entry: Decodable {
        struct Owner: Decodable {
            var name: String
            var id: String
        }

        struct Step: Decodable {
            var at: String
            var from: String
            var action: String
            var to: String?
            var note: CaseText?
        }

        var key: String
        var agency: String
        var sequence: Int
        var procedure: String
        var owner: Owner
        var channel: String
        var status: Int
        var submitted: String?
        var received: String?
        var appointment: Int?
        var finished: String?
        var returned: String?
        var handlingAgency: String
        var collectAt: CaseText?
        var postalAddress: String?
        var missingDocuments: [CaseText]?
        var amountsDue: [AmountDue]?
        var history: [Step]

        enum CodingKeys: String, CodingKey {
            case key, agency, sequence, procedure, owner, channel, status, submitted, received, appointment, finished
            case returned, history
            case handlingAgency = "handling_agency"
            case collectAt = "collect_at"
            case postalAddress = "postal_address"
            case missingDocuments = "missing_documents"
            case amountsDue = "amounts_due"
        }
    }

    /// The demo cases dated from `today`; every problem is collected before any is thrown.
    public static func load(file: String, today: LocalDay, calendar: WorkingCalendar = WorkingCalendar(),
                            procedureCodes: Set<String>? = nil) throws(DemoProblems) -> [(key: String, case: IncomingCase)] {
        let entries: [Entry]
        do {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let decoder = YAMLDecoder()
            entries = try decoder.decode(File.self, from: text, userInfo: [:]).cases
        } catch {
            throw DemoProblems([Problem(file: file, key: "", message: "\(error)")])
        }
        var problems: [Problem] = []
        var results: [(String, IncomingCase)] = []
        var seen: Set<String> = []
        for entry in entries {
            do {
                let incoming = try record(entry, today: today, calendar: calendar)
                let record = incoming.record
                if let codes = procedureCodes, !codes.contains(record.procedureCode) {
                    throw Problem(file: file, key: entry.key, message: "unknown procedure \(record.procedureCode)")
                }
                if !seen.insert(record.receipt.description).inserted {
                    throw Problem(file: file, key: entry.key, message: "receipt number \(record.receipt) is used twice")
                }
                results.append((entry.key, incoming))
            } catch var problem as Problem {
                problem.file = file
                problems.append(problem)
            } catch {
                problems.append(Problem(file: file, key: entry.key, message: "\(error)"))
            }
        }
        if !problems.isEmpty { throw DemoProblems(problems) }
        return results
    }

    private static func record(_ entry: Entry, today: LocalDay, calendar: WorkingCalendar) throws -> IncomingCase {
        func fail(_ message: String) -> Problem { Problem(file: "", key: entry.key, message: message) }
        func day(_ offset: Int) -> LocalDay {
            offset >= 0 ? calendar.adding(workingDays: offset, to: today) : subtract(-offset, from: today, calendar)
        }
        func time(_ text: String?, _ field: String) throws -> LocalTime? {
            guard let text else { return nil }
            let parts = text.split(separator: " ")
            guard parts.count == 2, let offset = Int(parts[0]), let clock = LocalTime("2000-01-01 \(parts[1])") else {
                throw fail("\(field): “\(text)” is not “<working days> HH:MM”")
            }
            return LocalTime(day: day(offset), hour: clock.minutes / 60, minute: clock.minutes % 60)
        }
        guard let status = CaseStatus(rawValue: entry.status) else { throw fail("status \(entry.status) is not 1–10") }
        guard let channel = Channel.Kind(rawValue: entry.channel) else { throw fail("channel \(entry.channel)") }
        let received = try time(entry.received, "received")
        let submitted = try time(entry.submitted, "submitted")
        guard let dated = received ?? submitted else { throw fail("received or submitted is required") }
        guard let receipt = ReceiptNumber(agency: entry.agency, day: dated.day.yymmdd, sequence: entry.sequence) else {
            throw fail("agency \(entry.agency) / sequence \(entry.sequence) do not make a receipt number")
        }
        let history = try entry.history.map { step -> HistoryEntry in
            guard let action = CaseAction(rawValue: step.action) else { throw fail("unknown action \(step.action)") }
            guard let at = try time(step.at, "history.at") else { throw fail("history.at is required") }
            return HistoryEntry(time: at, from: step.from, action: action, to: step.to, note: step.note)
        }
        let record = CaseRecord(
            receipt: receipt, procedureCode: entry.procedure, channel: channel, submittedAt: submitted,
            receivedAt: received,
            appointment: entry.appointment.map(day), finishedAt: try time(entry.finished, "finished"),
            returnedAt: try time(entry.returned, "returned"), status: status, handlingAgency: entry.handlingAgency,
            collectAt: entry.collectAt, postalAddress: entry.postalAddress,
            missingDocuments: entry.missingDocuments ?? [], amountsDue: entry.amountsDue ?? [], history: history,
            isDemo: true)
        return IncomingCase(record: record, owner: CaseOwner(name: entry.owner.name, idNumber: entry.owner.id))
    }

    private static func subtract(_ count: Int, from day: LocalDay, _ calendar: WorkingCalendar) -> LocalDay {
        var result = day
        var left = count
        while left > 0 {
            result = result.adding(days: -1)
            if calendar.isWorkingDay(result) { left -= 1 }
        }
        return result
    }
}

/// Every problem of a demo file.
public struct DemoProblems: Error, Sendable, CustomStringConvertible {
    public var problems: [DemoCases.Problem]

    public init(_ problems: [DemoCases.Problem]) {
        self.problems = problems
    }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

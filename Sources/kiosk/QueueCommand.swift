import ArgumentParser
import CaseTracking
import Foundation
import KioskConfiguration
import KioskPrinting
import KioskRuntime
import KioskUI
import ProcedureCatalog
import QueueTickets

/// `kiosk queue take CODE` and `kiosk queue call COUNTER`: the queue from a staff desk and a counter.
struct QueueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue",
        abstract: "Queue numbers: take one (walk-in, priority, booked), call the next at a counter, bookings, priority groups, the report.",
        subcommands: [Take.self, Call.self, Recall.self, Report.self, QueueBookingsCommand.self, QueuePrioritiesCommand.self]
    )

    struct Take: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue the next number of a line (its prefix) or of the line that receives a procedure; print it where a printer is set.")

        @OptionGroup var options: CommonOptions

        @Argument(help: "A line's prefix (A), or a procedure's code (1.001193 or 1.001193.000.00.00.H08).")
        var lineOrProcedure: String

        @Option(help: "The priority group the citizen declares (an id of `kiosk queue priorities`).")
        var priority: String?

        @Option(help: "A booking's code: the booked ticket (or a walk-in one, told so, when late).")
        var booking: String?

        @Flag(help: "Print JSON.")
        var json = false

        @Flag(name: .customLong("no-print"), help: "Do not send the ticket to the printer of kiosk.conf.")
        var noPrint = false

        func run() throws {
            let config = try options.loadConfig()
            let language = options.language(config)
            let vi = language == .vi
            let catalog = try options.loadCatalog(config)
            let (line, procedure) = try Self.line(lineOrProcedure, catalog, vi)
            if let priority, catalog.priorityGroup(priority) == nil {
                Output.error((vi ? "Không có nhóm ưu tiên \(priority). Có: " : "No priority group \(priority). There are: ")
                    + catalog.priorityGroups.map(\.id).joined(separator: ", "))
                throw ExitCode(1)
            }
            let request: TicketRequest
            if let booking {
                guard let code = BookingCode(booking) else {
                    Output.error(vi ? "Mã đặt lịch gồm 4 đến 32 chữ cái, chữ số hoặc dấu gạch ngang." : "A booking code has 4 to 32 letters, digits or dashes.")
                    throw ExitCode(1)
                }
                request = TicketRequest(.booking(code, lines: catalog.queueLines.map(\.line), expected: line.prefix), priority: priority)
            } else {
                request = .walkIn(line, procedure: procedure?.code.description, priority: priority)
            }
            let now = Date()
            let ticket: IssuedTicket
            do {
                ticket = try QueueDatabase.open(config).take(request, day: TicketDesk.day(now, in: .current), at: now)
            } catch let refusal as BookingRefusal {
                Output.error(TicketWords.refused(refusal, language, timeZone: .current))
                throw ExitCode(2)
            } catch {
                Output.error((vi ? "Không cấp được số: " : "No number issued: ") + Output.problem(error, language))
                throw ExitCode(1)
            }
            let printed = noPrint ? nil : printTicket(ticket, procedure, line, catalog, config, language)
            if json {
                try Output.json(TicketJSON(ticket, printed: printed))
            } else {
                let group = ticket.priorityGroup.flatMap { catalog.priorityGroup($0)?.name }
                Output.line(Self.text(ticket, group: group, lateness: Int(config.queuePolicy.bookingLateness / 60), language))
            }
            if case .failed(let fault)? = printed {
                Output.error((vi ? "Không in được phiếu: " : "The ticket was not printed: ") + "\(fault)")
            }
        }

        /// The line a prefix or a procedure's code names, and the procedure.
        static func line(_ text: String, _ catalog: Catalog, _ vi: Bool) throws -> (QueueLine, Procedure?) {
            if let entry = catalog.queueLines.first(where: { $0.line.prefix == text.uppercased() }) { return (entry.line, nil) }
            guard let procedure = catalog.procedures(matchingCode: text).first else {
                Output.error(vi ? "Không có hàng đợi hay thủ tục \(text) trong danh mục." : "No line or procedure \(text) in the catalog.")
                throw ExitCode(1)
            }
            guard let line = procedure.agency.flatMap({ catalog.agency($0) })?.queue else {
                Output.error(vi ? "Thủ tục \(procedure.code) không được cấp số tại Trung tâm (cơ quan không có hàng đợi)."
                    : "Procedure \(procedure.code) has no queue at the center (its agency has none).")
                throw ExitCode(1)
            }
            return (line, procedure)
        }

        static func text(_ ticket: IssuedTicket, group: LocalizedText?, lateness: Int, _ language: Language) -> String {
            let counters = ticket.counters.map(String.init).joined(separator: ", ")
            return ([ticket.number.description, language == .vi ? "quầy \(counters)" : "counter \(counters)"]
                + TicketWords.summary(ticket, group: group, lateness: lateness, language, timeZone: .current))
                .joined(separator: " — ")
        }

        private func printTicket(_ ticket: IssuedTicket, _ procedure: Procedure?, _ line: QueueLine, _ catalog: Catalog,
                                 _ config: KioskConfig, _ language: Language) -> PrintReport? {
            guard let printer = QueueDatabase.printer(config) else { return nil }
            let lateness = Int(config.queuePolicy.bookingLateness / 60)
            if let procedure {
                return printer.print(Printouts.ticket(ticket, procedure: procedure, catalog: catalog, center: config.center,
                                                      language: language, timeZone: .current, lateness: lateness))
            }
            let agencies = catalog.queueLines.first { $0.line.prefix == ticket.number.prefix }?.agencies ?? []
            return printer.print(Printouts.ticket(ticket, agencies: agencies, catalog: catalog, center: config.center,
                                                  language: language, timeZone: .current, lateness: lateness))
        }
    }

    struct Call: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Call the next number for a counter, by the hall's calling rule (the board shows it at once).")

        @OptionGroup var options: CommonOptions

        @Argument(help: "The counter's number, as agencies.yaml lists it under queue.counters.")
        var counter: Int

        @Flag(help: "Print JSON.")
        var json = false

        func run() throws {
            let config = try options.loadConfig()
            let vi = options.language(config) == .vi
            let catalog = try options.loadCatalog(config)
            let lines = catalog.queueLines(forCounter: counter).map(\.prefix)
            guard !lines.isEmpty else {
                Output.error(vi ? "Quầy \(counter) không thuộc hàng đợi nào trong agencies.yaml."
                    : "Counter \(counter) serves no queue in agencies.yaml.")
                throw ExitCode(1)
            }
            let now = Date()
            let called: CalledTicket?
            do {
                called = try QueueDatabase.open(config).call(counter: counter, lines: lines,
                                                             day: TicketDesk.day(now, in: .current), at: now)
            } catch {
                Output.error((vi ? "Không gọi được số: " : "No number called: ") + Output.problem(error, options.language(config)))
                throw ExitCode(1)
            }
            let queue = lines.joined(separator: ",")
            if json {
                try Output.json(CallJSON(counter: counter, queue: called?.number.prefix ?? queue, number: called?.number.description,
                                         kind: called?.kind.rawValue))
            } else if let called {
                let mark = switch called.kind {
                case .regular: ""
                case .priority: vi ? " (ưu tiên)" : " (priority)"
                case .booked: vi ? " (đặt lịch)" : " (booked)"
                }
                print(vi ? "Quầy \(counter): mời số \(called.number)\(mark)" : "Counter \(counter): calling \(called.number)\(mark)")
            } else {
                print(vi ? "Quầy \(counter): không còn ai chờ ở hàng \(queue)"
                    : "Counter \(counter): nobody waiting in queue \(queue)")
            }
        }
    }

    struct Recall: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Call a counter's current number again (the board shows and says it again).")

        @OptionGroup var options: CommonOptions

        @Argument(help: "The counter's number.")
        var counter: Int

        func run() throws {
            let config = try options.loadConfig()
            let vi = options.language(config) == .vi
            let now = Date()
            let called: CalledTicket?
            do {
                called = try QueueDatabase.open(config).recall(counter: counter, day: TicketDesk.day(now, in: .current), at: now)
            } catch {
                Output.error((vi ? "Không gọi lại được: " : "Not called again: ") + Output.problem(error, options.language(config)))
                throw ExitCode(1)
            }
            guard let called else {
                Output.error(vi ? "Quầy \(counter) chưa gọi số nào hôm nay." : "Counter \(counter) has called no number today.")
                throw ExitCode(1)
            }
            print(vi ? "Quầy \(counter): mời lại số \(called.number)" : "Counter \(counter): calling \(called.number) again")
        }
    }

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Tickets taken, served, absent, moved; waiting and service times (p50, p90); pauses: per queue, counter, officer or hour.")

        @OptionGroup var options: CommonOptions

        @Option(help: "First day (YYYY-MM-DD; default: today).")
        var from: String?

        @Option(help: "Last day, included (YYYY-MM-DD; default: today).")
        var to: String?

        @Option(help: "Group by line, counter, officer or hour.")
        var by: String = "line"

        @Flag(help: "Print JSON.")
        var json = false

        @Option(help: "Also write a self-contained HTML page with charts (every grouping) to this file.")
        var html: String?

        func run() throws {
            let config = try options.loadConfig()
            let language = options.language(config)
            let vi = language == .vi
            guard let grouping = QueueReport.Grouping(rawValue: by) else {
                Output.error((vi ? "--by nhận: " : "--by takes: ") + QueueReport.Grouping.allCases.map(\.rawValue).joined(separator: ", "))
                throw ExitCode(1)
            }
            let today = TicketDesk.day(Date(), in: .current)
            let (first, last) = (from ?? today, to ?? today)
            for day in [first, last] where LocalDay(day) == nil {
                Output.error(vi ? "Ngày không hợp lệ: \(day) (YYYY-MM-DD)." : "Not a day: \(day) (YYYY-MM-DD).")
                throw ExitCode(1)
            }
            let (tickets, events, officers) = try CounterDatabase.run(config, vi) { store in
                (try store.ticketRecords(from: first, to: last), try store.counterEvents(from: first, to: last), try store.officers())
            }
            let names = Dictionary(officers.map { ($0.staffNumber.text, $0.name) }, uniquingKeysWith: { a, _ in a })
            func report(_ grouping: QueueReport.Grouping) -> QueueReport {
                QueueReport(tickets: tickets, events: events, grouping: grouping, first: first, last: last, timeZone: .current)
            }
            if let html {
                let page = QueueReportOutput.page(QueueReport.Grouping.allCases.map(report), center: config.center.name, language,
                                                 names: names)
                try page.write(toFile: html, atomically: true, encoding: .utf8)
            }
            if json { try Output.json(QueueReportOutput.JSON(report(grouping))) } else { Output.line(QueueReportOutput.text(report(grouping), language, names: names)) }
        }
    }
}

/// `kiosk queue take --json`.
struct TicketJSON: Encodable {
    var number: String
    var queue: String
    var sequence: Int
    var counters: [Int]
    var kind: String
    var priorityGroup: String?
    /// ISO 8601, the center's offset.
    var slotStart: String?
    var slotEnd: String?
    var lateBooking: Bool
    var ahead: Int
    /// "next", "range", "not_measured", "no_counter_open" or "at_slot".
    var wait: String
    var waitMinutes: WaitRange?
    var printed: Bool?
    var printFault: String?

    init(_ ticket: IssuedTicket, printed: PrintReport?) {
        number = ticket.number.description
        queue = ticket.number.prefix
        sequence = ticket.number.sequence
        counters = ticket.counters
        kind = ticket.kind.rawValue
        priorityGroup = ticket.priorityGroup
        let format = ISO8601DateFormatter()
        format.timeZone = .current
        slotStart = ticket.slot.map { format.string(from: $0.start) }
        slotEnd = ticket.slot.map { format.string(from: $0.end) }
        lateBooking = ticket.lateBooking
        ahead = ticket.ahead
        switch ticket.outlook {
        case .next: wait = "next"
        case .range(let range): wait = "range"; waitMinutes = range
        case .notMeasured: wait = "not_measured"
        case .noCounterOpen: wait = "no_counter_open"
        case .atSlot: wait = "at_slot"
        }
        switch printed {
        case nil: break
        case .printed?: self.printed = true
        case .failed(let fault)?:
            self.printed = false
            printFault = "\(fault)"
        }
    }

    enum CodingKeys: String, CodingKey {
        case number, queue, sequence, counters, kind, ahead, wait, printed
        case priorityGroup = "priority_group"
        case slotStart = "slot_start"
        case slotEnd = "slot_end"
        case lateBooking = "late_booking"
        case waitMinutes = "wait_minutes"
        case printFault = "print_fault"
    }
}

/// `kiosk queue call --json`; `number` and `kind` null when nobody waits.
struct CallJSON: Encodable {
    var counter: Int
    var queue: String
    var number: String?
    var kind: String?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(counter, forKey: .counter)
        try container.encode(queue, forKey: .queue)
        try container.encode(number, forKey: .number)
        try container.encode(kind, forKey: .kind)
    }

    enum CodingKeys: String, CodingKey { case counter, queue, number, kind }
}

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
        abstract: "Queue numbers: take one for a procedure (as the kiosk's screen does), call the next at a counter.",
        subcommands: [Take.self, Call.self, Recall.self, Report.self]
    )

    struct Take: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Issue the next number of the queue that receives a procedure; print it where a printer is set.")

        @OptionGroup var options: CommonOptions

        @Argument(help: "The procedure's code, e.g. 1.001193 or 1.001193.000.00.00.H08.")
        var code: String

        @Flag(help: "Print JSON.")
        var json = false

        @Flag(name: .customLong("no-print"), help: "Do not send the ticket to the printer of kiosk.conf.")
        var noPrint = false

        func run() throws {
            let config = try options.loadConfig()
            let language = options.language(config)
            let vi = language == .vi
            let catalog = try options.loadCatalog(config)
            guard let procedure = catalog.procedures(matchingCode: code).first else {
                Output.error(vi ? "Không có thủ tục mã \(code) trong danh mục." : "No procedure \(code) in the catalog.")
                throw ExitCode(1)
            }
            guard let line = procedure.agency.flatMap({ catalog.agency($0) })?.queue else {
                Output.error(vi ? "Thủ tục \(procedure.code) không được cấp số tại Trung tâm (cơ quan không có hàng đợi)."
                    : "Procedure \(procedure.code) has no queue at the center (its agency has none).")
                throw ExitCode(1)
            }
            let now = Date()
            let ticket: IssuedTicket
            do {
                ticket = try QueueDatabase.open(config).take(line, procedure: procedure.code.description,
                                                             day: TicketDesk.day(now, in: .current), at: now)
            } catch {
                Output.error((vi ? "Không cấp được số: " : "No number issued: ") + Output.problem(error, options.language(config)))
                throw ExitCode(1)
            }
            let printed = noPrint ? nil : printTicket(ticket, procedure, catalog, config, language)
            if json {
                try Output.json(TicketJSON(ticket, printed: printed))
            } else {
                print(Self.text(ticket, vi: vi))
            }
            if case .failed(let fault)? = printed {
                Output.error((vi ? "Không in được phiếu: " : "The ticket was not printed: ") + "\(fault)")
            }
        }

        static func text(_ ticket: IssuedTicket, vi: Bool) -> String {
            let counters = ticket.counters.map(String.init).joined(separator: ", ")
            var text = vi ? "\(ticket.number) — quầy \(counters) — \(ticket.ahead) người chờ trước"
                : "\(ticket.number) — counter \(counters) — \(ticket.ahead) ahead"
            if let estimate = ticket.estimate {
                text += vi ? " — khoảng \(estimate.minutes) phút" : " — about \(estimate.minutes) min"
            }
            return text
        }

        private func printTicket(_ ticket: IssuedTicket, _ procedure: Procedure, _ catalog: Catalog,
                                 _ config: KioskConfig, _ language: Language) -> PrintReport? {
            guard let printer = QueueDatabase.printer(config) else { return nil }
            return printer.print(Printouts.ticket(ticket, procedure: procedure, catalog: catalog, center: config.center,
                                                  language: language, timeZone: .current))
        }
    }

    struct Call: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Call the next waiting number of the queue a counter serves (the board shows it at once).")

        @OptionGroup var options: CommonOptions

        @Argument(help: "The counter's number, as agencies.yaml lists it under queue.counters.")
        var counter: Int

        @Flag(help: "Print JSON.")
        var json = false

        func run() throws {
            let config = try options.loadConfig()
            let vi = options.language(config) == .vi
            let catalog = try options.loadCatalog(config)
            guard let line = catalog.queueLine(forCounter: counter) else {
                Output.error(vi ? "Quầy \(counter) không thuộc hàng đợi nào trong agencies.yaml."
                    : "Counter \(counter) serves no queue in agencies.yaml.")
                throw ExitCode(1)
            }
            let now = Date()
            let called: CalledTicket?
            do {
                called = try QueueDatabase.open(config).call(counter: counter, line: line,
                                                             day: TicketDesk.day(now, in: .current), at: now)
            } catch {
                Output.error((vi ? "Không gọi được số: " : "No number called: ") + Output.problem(error, options.language(config)))
                throw ExitCode(1)
            }
            if json {
                try Output.json(CallJSON(counter: counter, queue: line.prefix, number: called?.number.description))
            } else if let called {
                print(vi ? "Quầy \(counter): mời số \(called.number)" : "Counter \(counter): calling \(called.number)")
            } else {
                print(vi ? "Quầy \(counter): không còn ai chờ ở hàng \(line.prefix)"
                    : "Counter \(counter): nobody waiting in queue \(line.prefix)")
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
    var ahead: Int
    var estimateMinutes: Int?
    var printed: Bool?
    var printFault: String?

    init(_ ticket: IssuedTicket, printed: PrintReport?) {
        number = ticket.number.description
        queue = ticket.number.prefix
        sequence = ticket.number.sequence
        counters = ticket.counters
        ahead = ticket.ahead
        estimateMinutes = ticket.estimate?.minutes
        switch printed {
        case nil: break
        case .printed?: self.printed = true
        case .failed(let fault)?:
            self.printed = false
            printFault = "\(fault)"
        }
    }

    enum CodingKeys: String, CodingKey {
        case number, queue, sequence, counters, ahead, printed
        case estimateMinutes = "estimate_minutes"
        case printFault = "print_fault"
    }
}

/// `kiosk queue call --json`; `number` null when nobody waits.
struct CallJSON: Encodable {
    var counter: Int
    var queue: String
    var number: String?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(counter, forKey: .counter)
        try container.encode(queue, forKey: .queue)
        try container.encode(number, forKey: .number)
    }

    enum CodingKeys: String, CodingKey { case counter, queue, number }
}

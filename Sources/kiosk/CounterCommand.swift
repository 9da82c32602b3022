import ArgumentParser
import CaseTracking
import Foundation
import KioskConfiguration
import KioskRuntime
import KioskUI
import ProcedureCatalog
import QueueTickets

/// `kiosk counter --counter N`: the officer's terminal (`CounterDeskCommand`). `kiosk counter ACTION --counter N`:
/// what the terminal does, from a script, as the officer signed in
/// at the counter (`sign-in` reads the PIN from standard input). Each prints the counter as it is after the
/// action (`--json` for scripts); a refused action says why and exits 1, nothing changed.
struct CounterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "counter",
        abstract: "Act at a counter as its officer: sign in and out, call, recall, absent, start, finish, hold, take back, transfer, pause, resume, status.",
        subcommands: [CounterDeskCommand.self, SignIn.self, SignOut.self, Status.self, Call.self, Recall.self, Absent.self,
                      Start.self, Finish.self, Hold.self, TakeBack.self, Transfer.self, Pause.self, Resume.self],
        defaultSubcommand: CounterDeskCommand.self
    )

    /// Which counter, with the settings: what the officer's terminal and every action take.
    struct Seat: ParsableArguments {
        @OptionGroup var options: CommonOptions

        @Option(help: "The counter's number, as agencies.yaml lists it under queue.counters.")
        var counter: Int
    }

    /// What every action takes: the counter, JSON or text.
    struct Place: ParsableArguments {
        @OptionGroup var seat: Seat

        @Flag(help: "Print JSON.")
        var json = false
    }

    struct SignIn: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "sign-in", abstract: "Sign an officer in (the PIN from standard input).")
        @OptionGroup var place: Place
        @Option(help: "The officer's staff number.") var staff: String

        func run() throws {
            let context = try CounterContext(place)
            let staff = try OfficersCommand.staff(staff, context.vi)
            let pin = readLine(strippingNewline: true) ?? ""
            let now = Date()
            let outcome = try CounterDatabase.run(context.config, context.vi) {
                try $0.signIn(staff, pin: pin, counter: place.seat.counter, day: context.day(now), at: now)
            }
            let text = CounterUIText.signIn(outcome, counter: place.seat.counter, context.language, timeZone: .current)
            guard case .signedIn = outcome else {
                Output.error(text)
                throw ExitCode(1)
            }
            try context.show(try CounterDatabase.run(context.config, context.vi) { try context.status($0) }, said: text)
        }
    }

    struct SignOut: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "sign-out", abstract: "Sign out whoever is signed in at the counter.")
        @OptionGroup var place: Place

        func run() throws {
            let context = try CounterContext(place)
            let now = Date()
            let officer = try CounterDatabase.run(context.config, context.vi) {
                try $0.signOut(counter: place.seat.counter, day: context.day(now), at: now)
            }
            let vi = context.vi
            let text = officer.map { vi ? "\($0.name) đã đăng xuất khỏi quầy \(place.seat.counter)." : "\($0.name) signed out of counter \(place.seat.counter)." }
                ?? (vi ? "Không có ai đăng nhập tại quầy \(place.seat.counter)." : "Nobody was signed in at counter \(place.seat.counter).")
            try context.show(try CounterDatabase.run(context.config, vi) { try context.status($0) }, said: text)
        }
    }

    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The counter now: officer, ticket, held tickets, lines.")
        @OptionGroup var place: Place

        func run() throws {
            let context = try CounterContext(place)
            try context.show(try CounterDatabase.run(context.config, context.vi) { try context.status($0) }, said: nil)
        }
    }

    struct Call: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Call the next ticket of the counter's lines.")
        @OptionGroup var place: Place
        func run() throws { try CounterContext(place).act(.callNext) }
    }

    struct Recall: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Call the ticket at the counter again.")
        @OptionGroup var place: Place
        func run() throws { try CounterContext(place).act(.recall) }
    }

    struct Absent: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The ticket called did not come.")
        @OptionGroup var place: Place
        func run() throws { try CounterContext(place).act(.absent) }
    }

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Start serving the ticket called.")
        @OptionGroup var place: Place
        func run() throws { try CounterContext(place).act(.startService) }
    }

    struct Finish: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Finish the service (the citizen's side asks its question).")
        @OptionGroup var place: Place
        @Option(help: "The receipt number of the case received, tying the ticket to it.") var receipt: String?

        func run() throws {
            let context = try CounterContext(place)
            var checked: String?
            if let receipt {
                guard let number = ReceiptNumber(parsing: receipt)?.description else {
                    Output.error(context.vi ? "Đây không phải số hồ sơ: \(receipt)." : "Not a receipt number: \(receipt).")
                    throw ExitCode(1)
                }
                checked = number
            }
            try context.act(.finish(receipt: checked))
        }
    }

    struct Hold: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Put the ticket on hold (the counter may call the next).")
        @OptionGroup var place: Place
        func run() throws { try CounterContext(place).act(.hold) }
    }

    struct TakeBack: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "take-back", abstract: "Take a held ticket back to the counter.")
        @OptionGroup var place: Place
        @Argument(help: "The held ticket's number, e.g. K12.") var number: String

        func run() throws {
            let context = try CounterContext(place)
            guard let ticket = TicketNumber(parsing: number) else {
                Output.error(context.vi ? "Số thứ tự không hợp lệ: \(number)." : "Not a queue number: \(number).")
                throw ExitCode(1)
            }
            try context.act(.takeBack(ticket))
        }
    }

    struct Transfer: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Move the ticket to another line, in its place by the time it was taken.")
        @OptionGroup var place: Place
        @Argument(help: "The line's prefix, e.g. A.") var line: String

        func run() throws {
            let context = try CounterContext(place)
            let prefix = line.uppercased()
            guard context.catalog.queueLines.contains(where: { $0.line.prefix == prefix }) else {
                Output.error(CounterUIText.refusal(.unknownLine(prefix), context.language))
                throw ExitCode(1)
            }
            try context.act(.transfer(toLine: prefix))
        }
    }

    struct Pause: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Pause the counter: break, meeting or other_work.")
        @OptionGroup var place: Place
        @Argument(help: "break, meeting or other_work.") var reason: String

        func run() throws {
            let context = try CounterContext(place)
            guard let why = PauseReason(rawValue: reason) else {
                Output.error(context.vi ? "Lý do tạm dừng: break, meeting hoặc other_work." : "The reason: break, meeting or other_work.")
                throw ExitCode(1)
            }
            try context.act(.pause(why))
        }
    }

    struct Resume: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Resume calling after a pause.")
        @OptionGroup var place: Place
        func run() throws { try CounterContext(place).act(.resume) }
    }
}

/// One counter command's settings, catalog and counter.
struct CounterContext {
    let seat: CounterCommand.Seat
    /// Whether the action's result is printed as JSON.
    let json: Bool
    let config: KioskConfig
    let catalog: Catalog
    let language: Language
    var vi: Bool { language == .vi }
    var lines: [String] { catalog.queueLines(forCounter: seat.counter).map(\.prefix) }

    init(_ place: CounterCommand.Place) throws { try self.init(place.seat, json: place.json) }

    init(_ seat: CounterCommand.Seat, json: Bool = false) throws {
        self.seat = seat
        self.json = json
        config = try seat.options.loadConfig()
        catalog = try seat.options.loadCatalog(config)
        language = seat.options.language(config)
        guard !catalog.queueLines(forCounter: seat.counter).isEmpty else {
            Output.error(language == .vi ? "Quầy \(seat.counter) không thuộc hàng đợi nào trong agencies.yaml."
                : "Counter \(seat.counter) serves no queue in agencies.yaml.")
            throw ExitCode(1)
        }
    }

    func day(_ time: Date) -> String { TicketDesk.day(time, in: .current) }

    func status(_ store: any CounterQueue) throws -> CounterStatus {
        try store.status(counter: seat.counter, lines: lines, day: day(Date()))
    }

    /// Does the action; a refusal is said and ends the command with 1.
    func act(_ action: CounterAction) throws {
        let now = Date()
        do {
            let status = try CounterDatabase.run(config, vi) {
                try $0.perform(action, counter: seat.counter, lines: lines, day: day(now), at: now)
            }
            try show(status, said: nil)
        } catch let refusal as CounterRefusal {
            Output.error(CounterUIText.refusal(refusal, language))
            throw ExitCode(1)
        }
    }

    func show(_ status: CounterStatus, said: String?) throws {
        if json {
            try Output.json(CounterStatusJSON(status))
            return
        }
        // Names come from the store: terminal-safe as every result is.
        if let said { Output.line(said) }
        Output.line(CounterUIText.statusLines(status, language).joined(separator: "\n"))
    }
}

/// `kiosk counter … --json`: the counter after the action.
struct CounterStatusJSON: Encodable {
    struct Ticket: Encodable {
        var number: String
        var line: String
        var state: String
        var receipt: String?
    }

    struct Line: Encodable {
        var prefix: String
        var waiting: Int
        var next: [String]
    }

    var counter: Int
    var staffNumber: String?
    var officer: String?
    var paused: String?
    var ticket: Ticket?
    var held: [Ticket]
    var lines: [Line]

    init(_ status: CounterStatus) {
        func ticket(_ t: CounterTicket) -> Ticket {
            Ticket(number: t.number.description, line: t.line, state: t.state.rawValue, receipt: t.receipt)
        }
        counter = status.counter
        staffNumber = status.officer?.staffNumber.text
        officer = status.officer?.name
        paused = status.paused?.rawValue
        self.ticket = status.current.map(ticket)
        held = status.held.map(ticket)
        lines = status.lines.map { Line(prefix: $0.prefix, waiting: $0.waiting, next: $0.next.map(\.description)) }
    }

    enum CodingKeys: String, CodingKey {
        case counter, officer, paused, ticket, held, lines
        case staffNumber = "staff_number"
    }
}

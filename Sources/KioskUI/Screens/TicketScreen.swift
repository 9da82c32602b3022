import Foundation
import KioskPrinting
import KioskSpeech
import ProcedureCatalog
import QueueTickets

/// The queue number just issued, large, with the counters that call it, how many wait before it and (from
/// today's measured service times only) how long that may take; printed on the ticket printer where there is
/// one, and shown all the same where the printer fails. From a procedure, the checklist can be printed too.
struct TicketScreen: KioskScreen {
    enum Phase: Equatable, Sendable {
        case taking
        case issued(IssuedTicket)
        case unavailable
    }

    let line: QueueLine
    let place: QueuePlace
    /// The procedure's catalog position when the number was taken from its screen.
    let procedure: Int?
    /// The priority group the citizen declared (`PriorityScreen`), if any.
    var priority: String?
    var phase = Phase.taking
    /// The ticket's print, then the checklist's.
    var printing: PrintProgress?

    var id: Screen { .ticket }
    var wrapped: AnyScreen { .ticket(self) }

    /// Opens the screen and asks for the number: a walk-in's, in `line`, with the priority group declared.
    static func take(_ line: QueueLine, place: QueuePlace, procedure: Int?, priority: String?, _ context: ScreenContext)
        -> Transition
    {
        let code = procedure.map { context.app.catalog.procedures[$0].code.description }
        return Transition(navigation: .push(.ticket(TicketScreen(line: line, place: place, procedure: procedure, priority: priority))),
                          effects: [.takeTicket(.walkIn(line, procedure: code, priority: priority))])
    }

    /// From a procedure's screen: its agency's queue (the priority question first where the catalog has
    /// groups), the procedure's code on the ticket's record.
    static func take(for position: Int, _ context: ScreenContext) -> Transition? {
        let catalog = context.app.catalog
        let procedure = catalog.procedures[position]
        guard let line = procedure.agency.flatMap({ catalog.agency($0) })?.queue else { return nil }
        return PriorityScreen.ask(line, place: QueuePlace(procedure: procedure, catalog: catalog), procedure: position, context)
    }

    /// A ticket already issued (a booking checked in on `BookingScreen`): shown, and printed where there is a
    /// printer.
    static func show(_ ticket: IssuedTicket, line: QueueLine, place: QueuePlace, procedure: Int?, _ context: ScreenContext)
        -> Transition
    {
        var screen = TicketScreen(line: line, place: place, procedure: procedure)
        let effects = screen.issue(ticket, context)
        return Transition(navigation: .push(.ticket(screen)), effects: effects)
    }

    /// The number came: shown, and sent to the printer where there is one.
    private mutating func issue(_ ticket: IssuedTicket, _ context: ScreenContext) -> [Effect] {
        phase = .issued(ticket)
        guard context.app.printing else { return [] }
        printing = .printing(.ticket)
        return [.print(TicketPrintout.make(ticket, place: place, group: group(ticket, context), center: context.app.center,
                                           language: context.language, timeZone: context.app.timeZone,
                                           lateness: context.app.bookingLateness))]
    }

    private func group(_ ticket: IssuedTicket, _ context: ScreenContext) -> LocalizedText? {
        ticket.priorityGroup.flatMap { context.app.catalog.priorityGroup($0)?.name }
    }

    func title(_ context: ScreenContext) -> String { QueueUIText.ticketTitle[context.language] }

    /// Nothing before the focus: the number comes after the screen opens.
    func spoken(_ context: ScreenContext) -> String { "" }

    /// Taking the number, then the number and the wait (or why there is none), then the print's progress.
    func spokenFocus(_ context: ScreenContext) -> [String] {
        let language = context.language
        switch phase {
        case .taking: return [QueueUIText.taking[language]]
        case .unavailable: return [QueueUIText.unavailable[language]]
        case .issued(let ticket):
            var texts = lines(ticket, context).map(\.text)
            let printed = printing.map { $0.message[language] }
            if let printed { texts.removeAll { $0 == printed } }
            // The number as a hall calls it ("a mười lăm"), not spelled as a code.
            let number = SpokenText.ticket(prefix: ticket.number.prefix, sequence: ticket.number.sequence, language)
            texts = texts.map { $0.replacingOccurrences(of: ticket.number.description, with: number) }
            return [KioskApp.joined(texts)] + (printed.map { [$0] } ?? [])
        }
    }

    func hints(_ context: ScreenContext) -> [Hint] {
        (canPrintChecklist(context) ? [Hint(.function(7), label: QueueUIText.printChecklist, action: .printChecklist)] : [])
            + Hint.common
    }

    private func canPrintChecklist(_ context: ScreenContext) -> Bool {
        guard context.app.printing, procedure != nil, case .issued = phase else { return false }
        return printing?.underWay != true
    }

    func action(for key: Key, _ context: ScreenContext) -> Action? {
        switch key {
        case .function(7): canPrintChecklist(context) ? .printChecklist : nil
        case .enter, .backspace: .home
        default: nil
        }
    }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? {
        guard action == .printChecklist, canPrintChecklist(context), let procedure else { return nil }
        printing = .printing(.checklist)
        // A number for a counter: the papers are handed in in person.
        return .effects([PrintChannelScreen.print(procedure, channel: .inPerson, context)])
    }

    mutating func received(_ answer: Answer, _ context: ScreenContext) -> Transition {
        switch answer {
        case .ticket(.issued(let ticket)) where phase == .taking:
            return .effects(issue(ticket, context))
        case .ticket(.unavailable) where phase == .taking, .ticket(.refused) where phase == .taking:
            phase = .unavailable
        default:
            printing = printing?.after(answer)
        }
        return .stay
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        let (layout, language) = (context.layout, context.language)
        let column = layout.readingColumn
        switch phase {
        case .taking:
            canvas.paragraph(QueueUIText.taking[language], in: column, role: .notice, centred: true)
        case .unavailable:
            canvas.paragraph(QueueUIText.unavailable[language], in: column, role: .notice, centred: true)
        case .issued(let ticket):
            drawTicket(ticket, &canvas, context)
        }
        drawButtons(&canvas, context)
    }

    private func drawTicket(_ ticket: IssuedTicket, _ canvas: inout Canvas, _ context: ScreenContext) {
        let (layout, language) = (context.layout, context.language)
        let column = layout.readingColumn
        let texts = lines(ticket, context)
        let bottom = column.maxY - buttonHeight(layout) - 1
        let number = ticket.number.description
        let big = BigText.width(number)
        let wordRows = texts.reduce(0) { $0 + TextWrap.lineCount($1.text, width: column.width) }
        // The number large where there is room for it and the words under it; else as a line of its own.
        let bigRows = big <= column.width && bottom - column.y >= BigText.glyphRows + 1 + wordRows
            ? BigText.glyphRows + 1 : 0
        var y = column.y + max(0, (bottom - column.y - bigRows - wordRows) / 2)
        if bigRows > 0 {
            BigText.draw(number, x: column.x + (column.width - big) / 2, y: y, into: &canvas.grid)
            y += bigRows
        }
        canvas.paragraphs(texts, in: Rect(x: column.x, y: y, width: column.width, height: bottom - y), centred: true)
    }

    /// What the ticket says under the number, one paragraph each.
    private func lines(_ ticket: IssuedTicket, _ context: ScreenContext) -> [(text: String, role: Role)] {
        let (language, timeZone) = (context.language, context.app.timeZone)
        var texts: [(text: String, role: Role)] = [(QueueUIText.yourNumber(ticket.number)[language], .title)]
        if let kind = QueueUIText.kind(ticket, group: group(ticket, context), timeZone: timeZone) {
            texts.append((kind[language], .selected))
        }
        texts.append((place.name[language], .plain))
        if let name = place.procedure?[language] { texts.append((name, .muted)) }
        texts.append((place.whereCalled(ticket.counters, language), .plain))
        if ticket.lateBooking {
            texts.append((QueueUIText.lateBooking(ticket.slot, lateness: context.app.bookingLateness, timeZone: timeZone)[language],
                          .notice))
        }
        for (text, role) in QueueUIText.wait(ticket, timeZone: timeZone) { texts.append((text[language], role)) }
        if ticket.kind == .priority { texts.append((QueueUIText.priorityChecked[language], .muted)) }
        texts.append((QueueUIText.waitForCall[language], .plain))
        if let printing { texts.append((printing.message[language], printing.role)) }
        return texts
    }

    private func buttonHeight(_ layout: ScreenLayout) -> Int { layout.compact ? 1 : 3 }

    /// Home, and Print the checklist when there is something to print it on.
    private func drawButtons(_ canvas: inout Canvas, _ context: ScreenContext) {
        let (layout, language) = (context.layout, context.language)
        let column = layout.readingColumn
        let h = buttonHeight(layout)
        let y = column.maxY - h
        let home = context.app.glyphs.home + " " + UIText.home[language]
        guard canPrintChecklist(context) else {
            let width = min(column.width, 30)
            canvas.button(Rect(x: column.x + (column.width - width) / 2, y: y, width: width, height: h), home,
                          role: .button, action: .home)
            return
        }
        let half = (column.width - 2) / 2
        canvas.button(Rect(x: column.x, y: y, width: half, height: h), QueueUIText.printChecklist[language],
                      role: .button, action: .printChecklist)
        canvas.button(Rect(x: column.x + half + 2, y: y, width: column.width - half - 2, height: h), home,
                      role: .button, action: .home)
    }

    /// A number is issued once: after a catalog reload the screen stays as it is.
    func carried(from old: KioskApp, to new: KioskApp) -> TicketScreen? {
        guard let procedure else { return self }
        guard procedure < old.catalog.procedures.count else { return nil }
        let code = old.catalog.procedures[procedure].code
        guard let moved = new.catalog.procedures.firstIndex(where: { $0.code == code }) else { return nil }
        var screen = TicketScreen(line: line, place: place, procedure: moved, priority: priority)
        screen.phase = phase
        screen.printing = printing
        return screen
    }
}

/// A print under way or finished, and what it was.
enum PrintProgress: Equatable, Sendable {
    enum What: Equatable, Sendable {
        case ticket
        case checklist
        case caseSlip
    }

    case printing(What)
    case done(What, PrintReport)

    var underWay: Bool {
        if case .printing = self { return true }
        return false
    }

    var message: LocalizedText {
        switch self {
        case .printing: QueueUIText.printing
        case .done(.ticket, .printed): QueueUIText.ticketPrinted
        case .done(.checklist, .printed): QueueUIText.checklistPrinted
        case .done(.caseSlip, .printed): PaymentUIText.slipPrinted
        case .done(let what, .failed(let fault)): QueueUIText.printFailed(fault, ticket: what == .ticket)
        }
    }

    /// How its message is drawn: a failure as a notice.
    var role: Role {
        if case .done(_, .failed) = self { return .notice }
        return .muted
    }

    /// The print under way, finished by an effect's answer (any other answer leaves it).
    func after(_ answer: Answer) -> PrintProgress {
        guard case .printed(let report) = answer, case .printing(let what) = self else { return self }
        return .done(what, report)
    }
}

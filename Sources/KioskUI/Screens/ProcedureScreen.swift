import ProcedureCatalog

/// One procedure's sheet: what it takes, step by step, time and fee per channel, where, on what legal basis.
struct ProcedureScreen: DocumentScreen {
    /// The procedure's position in the catalog.
    let position: Int
    var scroll = 0
    var reading: Int?
    /// The checklist's print, once asked for.
    var printing: PrintProgress?

    init(position: Int) {
        self.position = position
    }

    var id: Screen { .procedure(position) }
    var wrapped: AnyScreen { .procedure(self) }
    var wheelLines: Int { 3 }

    func title(_ context: ScreenContext) -> String { UIText.procedureTitle[context.language] }

    /// In short: its name, the agency, the first channel's time and fee, how many papers it takes, the keys.
    func spoken(_ context: ScreenContext) -> String {
        let language = context.language
        let catalog = context.app.catalog
        let procedure = catalog.procedures[position]
        var parts = [procedure.name[language]]
        if let agency = procedure.agency.flatMap(catalog.agency) { parts.append(agency.name[language]) }
        if let channel = procedure.channels.first {
            parts.append(Wording.channel(channel.kind, language) + ": " + Wording.time(channel.time, language) + ", "
                + Wording.feeSummary(channel.fees, language))
        }
        let papers = procedure.documents.first?.documents.count ?? 0
        if papers > 0 { parts.append(SpeechUIText.papers(papers, language)) }
        parts.append(SpeechUIText.documentKeys[language])
        return KioskApp.joined(parts)
    }
    func hints(_ context: ScreenContext) -> [Hint] {
        Self.phoneHint(phoneLink(context))
            + (queueLine(context) == nil ? [] : [Hint(.function(6), label: QueueUIText.takeNumberKey, action: .takeTicket)])
            + (canPrint(context) ? [Hint(.function(7), label: QueueUIText.printKey, action: .printChecklist)] : [])
            + Self.documentHints
    }

    func action(for key: Key, _ context: ScreenContext) -> Action? {
        switch key {
        case .function(5): .continueOnPhone
        case .function(6): queueLine(context) == nil ? nil : .takeTicket
        case .function(7): canPrint(context) ? .printChecklist : nil
        default: documentAction(for: key)
        }
    }

    mutating func perform(_ action: Action, _ context: inout ScreenContext) -> Transition? {
        let app = context.app
        switch action {
        case .continueOnPhone:
            return openPhone(phoneLink(context), subject: app.catalog.procedures[position].name)
        case .takeTicket:
            return TicketScreen.take(for: position, context)
        case .printChecklist where canPrint(context):
            let (transition, printsNow) = PrintChannelScreen.open(position, context)
            if printsNow { printing = .printing(.checklist) }
            return transition
        default:
            return documentPerform(action, context)
        }
    }

    mutating func received(_ answer: Answer, _ context: ScreenContext) -> Transition {
        printing = printing?.after(answer)
        return .stay
    }

    /// The queue of the procedure's agency at this center, if it has one.
    func queueLine(_ context: ScreenContext) -> QueueLine? {
        let catalog = context.app.catalog
        return catalog.procedures[position].agency.flatMap { catalog.agency($0) }?.queue
    }

    private func canPrint(_ context: ScreenContext) -> Bool {
        context.app.printing && printing?.underWay != true
    }

    /// The procedure's online service or portal page, for a phone.
    func phoneLink(_ context: ScreenContext) -> PhoneLink? {
        PhoneLink.procedure(context.app.catalog.procedures[position])
    }

    /// Beside the QR code where it fits; a line shorter for the print's message under it.
    func documentRect(_ context: ScreenContext) -> Rect {
        let rect = documentRect(beside: phoneLink(context), context)
        return printing == nil ? rect : Rect(x: rect.x, y: rect.y, width: rect.width, height: max(1, rect.height - 3))
    }

    func document(_ context: ScreenContext) -> TextDocument {
        TextDocument(procedure: context.app.catalog.procedures[position], catalog: context.app.catalog,
                     language: context.language, width: documentRect(context).width)
    }

    func draw(_ canvas: inout Canvas, _ context: ScreenContext) {
        drawDocument(&canvas, context)
        drawPhonePanel(phoneLink(context), &canvas, context)
        if let printing {
            let rect = documentRect(context)
            canvas.paragraph(printing.message[context.language], in: Rect(x: rect.x, y: rect.maxY + 1, width: rect.width,
                                                                         height: 2), role: printing.role)
        }
    }

    /// The same procedure, found by its code, in the new catalog.
    func carried(from old: KioskApp, to new: KioskApp) -> ProcedureScreen? {
        guard position < old.catalog.procedures.count else { return nil }
        let code = old.catalog.procedures[position].code
        guard let moved = new.catalog.procedures.firstIndex(where: { $0.code == code }) else { return nil }
        var screen = ProcedureScreen(position: moved)
        screen.scroll = scroll
        return screen
    }
}

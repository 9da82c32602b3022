/// A procedure laid out as a citizen reads it, in one language: a heading block, then sections of paragraphs.
/// Plain text with no layout: the command line prints it, the kiosk wraps it into its screen.
public struct ProcedureSheet: Sendable {
    public struct Section: Sendable, Equatable {
        public var title: String
        /// Paragraphs; `level` 1 marks a sub-heading (a case variant), 2 an item under it.
        public var lines: [Line]
    }

    public struct Line: Sendable, Equatable {
        public var text: String
        public var level: Int

        public init(_ text: String, level: Int = 0) {
            self.text = text
            self.level = level
        }
    }

    public var title: String
    /// Label–value pairs shown under the title: code, field, level, agency, where to submit, online service.
    public var facts: [(label: String, value: String)]
    public var sections: [Section]

    public init(_ procedure: Procedure, in catalog: Catalog, language: Language) {
        let l = SheetLabels(language)
        title = procedure.name[language]
        // An untranslated record is shown in Vietnamese, and says so where the citizen reads it first.
        if language == .en && procedure.listing.englishMissing { title += " \(l.inVietnamese)" }
        facts = Self.facts(procedure, catalog, language)
        sections = procedure.isInformationOnly
            ? Self.portalSections(procedure, language) : Self.fullSections(procedure, language)
        if let note = procedure.listing.localNote {
            sections.insert(Section(title: l.localNote, lines: [Line(note[language])]), at: 0)
        }
    }

    private static func facts(_ procedure: Procedure, _ catalog: Catalog, _ language: Language)
        -> [(label: String, value: String)] {
        let l = SheetLabels(language)
        var facts: [(label: String, value: String)] = [(l.code, procedure.code.description)]
        facts.append((l.field, catalog.field(procedure.field)?.name[language] ?? procedure.field))
        let levels = procedure.levels.map { catalog.level($0)?.name[language] ?? $0 }
        facts.append((l.level, levels.joined(separator: ", ")))
        let agency = procedure.agency.flatMap { catalog.agency($0) }
        if let name = agency?.name[language] ?? procedure.listing.handledBy?[language] ?? procedure.agency {
            facts.append((l.agency, name))
        }
        if let place = Self.submitPlace(procedure, agency: agency, language: language) {
            facts.append((l.submitAt, place))
        }
        if procedure.isInformationOnly {
            if let portal = procedure.listing.portal { facts.append((l.portal, portal)) }
        } else {
            var online = Wording.onlineLevel(procedure.online.level, language)
            if let url = procedure.online.url { online += " — \(url)" }
            facts.append((l.online, online))
        }
        if procedure.kind == .interlinked { facts.append((l.kind, Wording.kind(procedure.kind, language))) }
        if let decision = procedure.listing.decision { facts.append((l.decision, decision)) }
        return facts
    }

    /// An information-only entry: what the catalog knows, and plainly where the rest is.
    private static func portalSections(_ procedure: Procedure, _ language: Language) -> [Section] {
        let l = SheetLabels(language)
        var sections = [Section(title: l.detailsOnPortal, lines: [Line(l.detailsOnPortalText)])]
        if let applicants = procedure.applicants {
            sections.append(Section(title: l.applicants, lines: [Line(applicants[language])]))
        }
        return sections
    }

    private static func fullSections(_ procedure: Procedure, _ language: Language) -> [Section] {
        let l = SheetLabels(language)
        var sections: [Section] = []
        sections.append(Section(title: l.channels, lines: procedure.channels.flatMap { Self.lines($0, language) }))
        sections.append(Section(title: l.documents, lines: procedure.documents.flatMap { Self.lines($0, language) }))
        sections.append(Section(title: l.steps, lines: procedure.steps.enumerated().map {
            Line("\($0.offset + 1). \($0.element[language])")
        }))
        var who = procedure.applicants.map { [Line($0[language])] } ?? []
        if let conditions = procedure.conditions {
            who.append(Line(l.conditions, level: 1))
            who.append(Line(conditions[language]))
        }
        sections.append(Section(title: l.applicants, lines: who))
        sections.append(Section(title: l.results, lines: procedure.results.map { Line("• " + $0[language]) }))
        sections.append(Section(title: l.legalBasis, lines: procedure.legalBasis.map {
            Line("• \($0.number) — \($0.title[language]) (\($0.issuer[language]), \(Wording.date($0.date)))")
        }))
        return sections
    }

    /// Where to hand in the file: the procedure's own place, or the agency's counter and floor at the center.
    public static func submitPlace(_ procedure: Procedure, agency: Agency?, language: Language) -> String? {
        if let place = procedure.submitAt { return place[language] }
        let parts = [agency?.counter?[language], agency?.floor?[language]].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    private static func lines(_ channel: Channel, _ language: Language) -> [Line] {
        let l = SheetLabels(language)
        var lines = [Line(Wording.channel(channel.kind, language), level: 1)]
        var time = "\(l.time): \(Wording.time(channel.time, language))"
        if let note = channel.time.note { time += " (\(note[language]))" }
        lines.append(Line(time, level: 2))
        if channel.fees.isEmpty {
            lines.append(Line("\(l.fee): \(Wording.free(language))", level: 2))
        }
        for fee in channel.fees {
            var text = "\(l.fee): \(Wording.amount(fee, language)) — \(fee.purpose[language])"
            if let exemptions = fee.exemptions { text += ". \(l.exemptions): \(exemptions[language])" }
            lines.append(Line(text, level: 2))
        }
        if let note = channel.note { lines.append(Line(note[language], level: 2)) }
        return lines
    }

    private static func lines(_ set: DocumentSet, _ language: Language) -> [Line] {
        let l = SheetLabels(language)
        var lines = [Line(set.variant[language], level: 1)]
        for document in set.documents {
            var text = "• \(document.name[language]) — "
            text += Wording.counts(originals: document.originals, copies: document.copies, language)
            if !document.mandatory { text += " (\(l.ifApplicable))" }
            lines.append(Line(text, level: 2))
            if let form = document.form { lines.append(Line("\(l.form): \(form[language])", level: 3)) }
            if let note = document.note { lines.append(Line(note[language], level: 3)) }
        }
        return lines
    }
}

/// The headings and labels of a procedure sheet.
struct SheetLabels {
    let code, field, level, agency, submitAt, online, kind: String
    let channels, documents, steps, applicants, conditions, results, legalBasis: String
    let time, fee, exemptions, form, ifApplicable: String
    let portal, decision, localNote, inVietnamese, detailsOnPortal, detailsOnPortalText: String

    init(_ language: Language) {
        let vi = language == .vi
        code = vi ? "Mã thủ tục" : "Procedure code"
        field = vi ? "Lĩnh vực" : "Field"
        level = vi ? "Cấp thực hiện" : "Level"
        agency = vi ? "Cơ quan thực hiện" : "Handling agency"
        submitAt = vi ? "Nơi nộp hồ sơ" : "Where to submit"
        online = vi ? "Trực tuyến" : "Online"
        kind = vi ? "Loại thủ tục" : "Type"
        channels = vi ? "Cách thực hiện, thời hạn và phí" : "Channels, processing time and fees"
        documents = vi ? "Thành phần hồ sơ" : "Required documents"
        steps = vi ? "Trình tự thực hiện" : "Steps"
        applicants = vi ? "Đối tượng thực hiện" : "Who may apply"
        conditions = vi ? "Yêu cầu, điều kiện" : "Conditions"
        results = vi ? "Kết quả" : "Result"
        legalBasis = vi ? "Căn cứ pháp lý" : "Legal basis"
        time = vi ? "Thời hạn giải quyết" : "Processing time"
        fee = vi ? "Phí, lệ phí" : "Fee"
        exemptions = vi ? "Miễn, giảm" : "Exemptions"
        form = vi ? "Mẫu" : "Form"
        ifApplicable = vi ? "nếu có" : "if applicable"
        portal = vi ? "Trang thủ tục" : "Procedure page"
        decision = vi ? "Quyết định công bố" : "Published by decision"
        localNote = vi ? "Ghi chú của Trung tâm" : "Note from the center"
        inVietnamese = "(in Vietnamese)"
        detailsOnPortal = vi ? "Thông tin chi tiết" : "Full details"
        detailsOnPortalText = vi
            ? "Danh mục của Trung tâm chỉ có thông tin chung của thủ tục này. Thành phần hồ sơ, trình tự, thời hạn và phí, lệ phí có đầy đủ trên Cổng Dịch vụ công quốc gia, tại trang thủ tục ở trên. Cán bộ tại quầy hướng dẫn thêm khi cần."
            : "The center's catalog has only the general facts of this procedure. The documents, steps, processing time and fees are in full on the National Public Service Portal, at the procedure page above. Staff at the counter can help further."
    }
}

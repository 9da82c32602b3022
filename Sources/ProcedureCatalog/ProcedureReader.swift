import Foundation


/// Reads one procedure record (one YAML document of a file under `procedures/`): the procedure, or nil when
/// anything in it is wrong (every problem is in the log), and always what it refers to.
enum ProcedureReader {
    /// What a procedure names elsewhere in the catalog. Kept even when the rest of the record is broken, so that
    /// a bad reference is reported together with the record's other problems.
    struct References {
        var code: String?
        var levels: [String]
        var field: String?
        var agency: String?
        var location: FileLocation
        /// Marked `english: missing`: `kiosk validate` lists them.
        var englishMissing = false
    }

    static func read(_ object: YAMLObject, file: String) -> (Procedure?, References) {
        let log = object.log
        let codeText = object.string("code")
        log.procedure = codeText
        defer { log.procedure = nil }
        var code: ProcedureCode?
        if let codeText {
            code = ProcedureCode(codeText)
            if code == nil { log.report(.malformedCode(codeText), at: object.node("code"), field: "code") }
        }
        let englishMissing = object.englishMissing()
        log.vietnameseOnly = englishMissing
        defer { log.vietnameseOnly = false }
        let informationOnly = object.bool("information_only", default: false)
        // An information-only entry holds what the national list publishes; the rest is on the portal page.
        let full = !informationOnly
        let name = object.text("name")
        let levels = readLevels(object)
        let field = object.string("field")
        let kind = object.choice("kind", as: Procedure.Kind.self, required: false) ?? .standard
        let handledBy = object.text("handled_by", required: false)
        let agency = object.string("agency", required: full)
        let submitAt = object.text("submit_at", required: false)
        let channels = object.records("channels", required: full, readChannel)
        let online = object.record("online", required: full, readOnline) ?? (full ? nil : Self.portalOnly)
        let steps = object.texts("steps", required: full)
        let documents = object.records("documents", required: full, readDocumentSet)
        let applicants = object.text("applicants", required: full)
        let conditions = object.text("conditions", required: false)
        let results = object.texts("results", required: full)
        let legalBasis = object.records("legal_basis", required: full, readLegalBasis)
        let keywords = object.texts("keywords", required: false, nonEmpty: false) ?? []
        let portal = readPortal(object, required: informationOnly)
        let decision = object.string("decision", required: false)
        let localNote = object.text("local_note", required: false)
        let popularity = object.count("popularity", required: false, default: 0)
        if let popularity, popularity > 100 {
            log.report(.notAllowed(String(popularity), allowed: ["0…100"]), at: object.node("popularity"),
                       field: "popularity")
        }
        let featured = object.bool("featured", default: false)
        let synthetic = object.bool("synthetic", default: false)
        object.finish()
        let location = FileLocation(file: file, line: object.line)
        let references = References(
            code: code?.description ?? codeText, levels: levels ?? [], field: field, agency: agency, location: location,
            englishMissing: englishMissing)
        guard let code, let name, let levels, let field, agency != nil || informationOnly, let channels, let online,
              let steps, let documents, applicants != nil || informationOnly, let results, let legalBasis,
              let portal, let popularity, popularity <= 100
        else { return (nil, references) }
        let listing = Listing(
            informationOnly: informationOnly, englishMissing: englishMissing, handledBy: handledBy,
            portal: portal, decision: decision, localNote: localNote)
        let procedure = Procedure(
            code: code, name: name, levels: levels, field: field, kind: kind, agency: agency, submitAt: submitAt,
            channels: channels, online: online, steps: steps, documents: documents, applicants: applicants,
            conditions: conditions, results: results, legalBasis: legalBasis, keywords: keywords,
            popularity: popularity, featured: featured, synthetic: synthetic, source: location, listing: listing)
        return (procedure, references)
    }

    /// An information-only entry's online service: information only, the link being its portal page.
    private static let portalOnly = OnlineService(level: .information, url: nil)

    /// The portal page, an http(s) address: `.some(nil)` when it is absent and may be, nil when it is wrong.
    private static func readPortal(_ object: YAMLObject, required: Bool) -> String?? {
        guard let text = object.string("portal", required: required) else { return required ? nil : .some(nil) }
        guard text.hasPrefix("https://") || text.hasPrefix("http://"), !text.contains(" ") else {
            object.log.report(.notAllowed(text, allowed: ["https://…"]), at: object.node("portal"), field: "portal")
            return nil
        }
        return .some(text)
    }

    private static func readLevels(_ object: YAMLObject) -> [String]? {
        guard let items = object.list("levels", nonEmpty: true) else { return nil }
        let levels = items.map { YAMLObject.scalarText($0.node, field: $0.path, log: object.log) }
        return levels.contains(where: { $0 == nil }) ? nil : levels.compactMap { $0 }
    }

    private static func readChannel(_ object: YAMLObject) -> Channel? {
        let kind = object.choice("kind", as: Channel.Kind.self)
        let time = object.record("time", readTime)
        let fees = object.records("fees", nonEmpty: false, readFee)
        let note = object.text("note", required: false)
        guard let kind, let time, let fees else { return nil }
        return Channel(kind: kind, time: time, fees: fees, note: note)
    }

    private static func readTime(_ object: YAMLObject) -> ProcessingTime? {
        let unit = object.choice("unit", as: ProcessingTime.Unit.self)
        let value = object.count("value", required: unit != .sameDay)
        let note = object.text("note", required: false)
        guard let unit, let value else { return nil }
        return ProcessingTime(value: value, unit: unit, note: note)
    }

    private static func readFee(_ object: YAMLObject) -> Fee? {
        var amount: Int??
        if let node = object.node("amount") {
            if let text = YAMLObject.scalarText(node, field: object.keyPath("amount"), log: object.log) {
                if text == "varies" {
                    amount = .some(nil)
                } else if let value = Fee.dong(text) {
                    amount = value
                } else {
                    object.log.report(.malformedFee(text), at: node, field: object.keyPath("amount"))
                }
            }
        } else {
            object.reportMissing("amount")
        }
        let purpose = object.text("purpose")
        let per = object.text("per", required: false)
        let exemptions = object.text("exemptions", required: false)
        guard let amount, let purpose else { return nil }
        return Fee(amount: amount, purpose: purpose, per: per, exemptions: exemptions)
    }

    private static func readOnline(_ object: YAMLObject) -> OnlineService? {
        let level = object.choice("level", as: OnlineService.Level.self)
        let url = object.string("url", required: false)
        guard let level else { return nil }
        return OnlineService(level: level, url: url)
    }

    private static func readDocumentSet(_ object: YAMLObject) -> DocumentSet? {
        let variant = object.text("variant")
        let documents = object.records("items", readDocument)
        guard let variant, let documents else { return nil }
        return DocumentSet(variant: variant, documents: documents)
    }

    private static func readDocument(_ object: YAMLObject) -> RequiredDocument? {
        let name = object.text("name")
        let form = object.text("form", required: false)
        let originals = object.count("originals", required: false, default: 0)
        let copies = object.count("copies", required: false, default: 0)
        let mandatory = object.bool("mandatory", default: true)
        let note = object.text("note", required: false)
        guard let name, let originals, let copies else { return nil }
        return RequiredDocument(
            name: name, form: form, originals: originals, copies: copies, mandatory: mandatory, note: note)
    }

    private static func readLegalBasis(_ object: YAMLObject) -> LegalBasis? {
        let number = object.string("number")
        let title = object.text("title")
        let issuer = object.text("issuer")
        let date = object.string("date")
        if let date, !isCalendarDate(date) {
            object.log.report(.malformedDate(date), at: object.node("date"), field: object.keyPath("date"))
            return nil
        }
        guard let number, let title, let issuer, let date else { return nil }
        return LegalBasis(number: number, title: title, issuer: issuer, date: date)
    }

    /// `yyyy-MM-dd` naming a real day.
    static func isCalendarDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), day >= 1
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= days[month - 1]
    }
}

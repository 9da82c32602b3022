import Foundation
import Testing
@testable import ProcedureCatalog

@Suite("Catalog validation")
struct ValidationTests {
    /// Breaks the fixture with `edit`, and expects a problem naming the file, the code and the field.
    private func expectProblem(
        file: String = CatalogFixture.procedureFile, code: String? = CatalogFixture.code, field: String,
        line: Int? = nil, kind: (CatalogProblem.Kind) -> Bool, _ edit: (CatalogFixture) throws -> Void,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        try edit(fixture)
        let problems = fixture.problems()
        let match = problems.first { $0.location.file.hasSuffix(file) && $0.field == field && kind($0.kind) }
        #expect(match != nil, "no problem for \(field) in \(problems.map(\.description))", sourceLocation: sourceLocation)
        guard let match else { return }
        #expect(match.procedure == code, sourceLocation: sourceLocation)
        if let line { #expect(match.location.line == line, sourceLocation: sourceLocation) }
        for language in Language.allCases {
            let message = match.message(in: language)
            #expect(message.contains(file), sourceLocation: sourceLocation)
            if !field.isEmpty { #expect(message.contains(field), sourceLocation: sourceLocation) }
            if let code { #expect(message.contains(code), sourceLocation: sourceLocation) }
        }
    }

    @Test("the fixture itself is valid")
    func fixtureLoads() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        let catalog = try fixture.load()
        #expect(catalog.procedures.count == 1)
        #expect(catalog.agency("STP")?.identifier?.description == "000.00.13.H08")
    }

    /// One 5 MB name made the kiosk start in 8 s with 600 MB; names stop at 2,000 characters, other texts at
    /// 10,000 (`CatalogText.LengthLimit` says why), named with file, line and code.
    @Test("a text past its bound is refused with file, line, code and the bound")
    func textTooLong() throws {
        try expectProblem(field: "name.vi", line: 3, kind: { $0 == .tooLong(length: 5_000_000, limit: .name) }) {
            try $0.replace("  vi: Đăng ký khai sinh\n", with: "  vi: " + String(repeating: "a", count: 5_000_000) + "\n")
        }
        try expectProblem(field: "documents[0].items[0].name.en", kind: { $0 == .tooLong(length: 2_001, limit: .name) }) {
            try $0.replace("name: {vi: Tờ khai, en: Form}", with: "name: {vi: Tờ khai, en: " + String(repeating: "b", count: 2_001) + "}")
        }
        try expectProblem(field: "steps[0].vi", kind: { $0 == .tooLong(length: 10_001, limit: .text) }) {
            try $0.replace("{vi: Nộp hồ sơ., en: Hand in the file.}", with: "{vi: " + String(repeating: "c", count: 10_001) + ", en: Hand in the file.}")
        }
        // At the bounds, the texts are taken.
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        try fixture.replace("  vi: Đăng ký khai sinh\n", with: "  vi: " + String(repeating: "a", count: 2_000) + "\n")
        try fixture.replace("{vi: Nộp hồ sơ., en: Hand in the file.}", with: "{vi: " + String(repeating: "c", count: 10_000) + ", en: Hand in the file.}")
        #expect(try fixture.load().procedures.first?.name.vi.count == 2_000)
        let message = CatalogProblem(location: FileLocation(file: "x.yaml", line: 3), procedure: nil, field: "name.vi",
                                     kind: .tooLong(length: 5_000_000, limit: .name))
        #expect(message.message(in: .en).contains("at most 2000 (the longest procedure name in the national list has 1094)"))
        #expect(message.message(in: .vi).contains("tối đa 2000"))
    }

    @Test("bad YAML syntax names the file and the line where the parser stopped")
    func syntax() throws {
        try expectProblem(code: nil, field: "", line: 4, kind: { if case .syntax = $0 { true } else { false } }) {
            try $0.replace("  vi: Đăng ký khai sinh\n", with: "  vi: [Đăng ký khai sinh\n")
        }
    }

    @Test("a file saved by a Windows editor (byte order mark, CRLF) or ending in a stray --- reads as written")
    func windowsFile() throws {
        let fixture = try CatalogFixture()
        let text = try #require(CatalogFixture.files[CatalogFixture.procedureFile])
        let windows = "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n") + "---\r\n"
        try fixture.write(windows, to: CatalogFixture.procedureFile)
        let catalog = try fixture.load()
        #expect(catalog.procedures.map(\.code.description) == [CatalogFixture.code])
        #expect(catalog.procedures.first?.name.vi == "Đăng ký khai sinh")
    }

    @Test("a file that is not UTF-8 is unreadable, not a syntax error")
    func notUTF8() throws {
        let fixture = try CatalogFixture()
        try Data([0x63, 0x6F, 0x64, 0x65, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]).write(
            to: URL(fileURLWithPath: fixture.folder + "/" + CatalogFixture.procedureFile))
        let problems = fixture.problems()
        #expect(problems.count == 1)
        #expect(problems.first?.kind == .unreadable("not UTF-8"))
        #expect(problems.first?.location.file.hasSuffix(CatalogFixture.procedureFile) == true)
    }

    @Test("a key written twice refuses the file, naming the key and where it is repeated")
    func duplicatedKey() throws {
        try expectProblem(code: nil, field: "", kind: { kind in
            if case .syntax(let detail) = kind { detail.contains("duplicated key popularity") } else { false }
        }) {
            try $0.replace("popularity: 90\n", with: "popularity: 90\npopularity: 10\n")
        }
    }

    @Test("anchors and aliases read as the text they repeat; an undefined alias is a syntax error")
    func aliases() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        try fixture.replace("  - {vi: Giấy khai sinh, en: Birth certificate}", with: "  - &result {vi: Giấy khai sinh, en: Birth certificate}")
        try fixture.replace("  - {vi: giấy khai sinh, en: birth certificate}", with: "  - *result")
        let procedure = try #require(try fixture.load().procedures.first)
        #expect(procedure.keywords == [LocalizedText(vi: "Giấy khai sinh", en: "Birth certificate")])
        try expectProblem(code: nil, field: "", kind: { kind in
            if case .syntax(let detail) = kind { detail.contains("undefined alias") } else { false }
        }) {
            try $0.replace("  - {vi: giấy khai sinh, en: birth certificate}", with: "  - *nowhere")
        }
    }

    @Test("a file nested hundreds or hundreds of thousands of levels deep is refused, not crashed on",
          arguments: [500, 200_000])
    func deepNesting(levels: Int) throws {
        try expectProblem(code: nil, field: "", line: 1, kind: { kind in
            // Beyond 1,000 levels libyaml itself stops, in its own words.
            if case .syntax(let detail) = kind { levels > 1_000 || detail.contains("nested more than 64 levels") } else { false }
        }) {
            try $0.write("keywords: " + String(repeating: "[", count: levels) + String(repeating: "]", count: levels) + "\n",
                         to: CatalogFixture.procedureFile)
        }
    }

    @Test("a missing required field")
    func missing() throws {
        try expectProblem(field: "applicants", kind: { $0 == .missing }) {
            try $0.replace("applicants: {vi: Cha mẹ., en: Parents.}\n", with: "")
        }
    }

    @Test("a missing required field inside a list item names its path")
    func missingNested() throws {
        try expectProblem(field: "legal_basis[0].issuer", kind: { $0 == .missing }) {
            try $0.replace("    issuer: {vi: Quốc hội, en: National Assembly}\n", with: "")
        }
    }

    @Test("a duplicate procedure code names both places")
    func duplicate() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        try fixture.write(CatalogFixture.files[CatalogFixture.procedureFile]!, to: "procedures/copy.yaml")
        let problems = fixture.problems()
        let duplicate = try #require(problems.first { if case .duplicate = $0.kind { true } else { false } })
        #expect(duplicate.procedure == CatalogFixture.code)
        #expect(duplicate.field == "code")
        let message = duplicate.message(in: .en)
        #expect(message.contains("procedures/"))
        #expect(message.contains("1.001193.yaml") && message.contains("copy.yaml"))
    }

    @Test("a reference to an unknown field, agency or level",
          arguments: [("field: HT", "field: XX", "field"), ("agency: UBND-XA", "agency: NOPE", "agency"),
                      ("levels: [commune]", "levels: [district]", "levels[0]")])
    func unknownReference(old: String, new: String, field: String) throws {
        try expectProblem(field: field, kind: { if case .unknownReference = $0 { true } else { false } }) {
            try $0.replace(old, with: new)
        }
    }

    @Test("an agency at an unknown level")
    func agencyLevel() throws {
        try expectProblem(file: "agencies.yaml", code: nil, field: "agencies[1].level",
                          kind: { if case .unknownReference(.level, "region") = $0 { true } else { false } }) {
            try $0.replace("level: province", with: "level: region", in: "agencies.yaml")
        }
    }

    @Test("a negative or malformed fee", arguments: ["-8000", "8k", "8.00", "many"])
    func badFee(amount: String) throws {
        try expectProblem(field: "channels[1].fees[0].amount", line: 17,
                          kind: { if case .malformedFee = $0 { true } else { false } }) {
            try $0.replace("amount: 8000", with: "amount: \(amount)")
        }
    }

    @Test("fees written with thousands separators, or varying, are accepted", arguments: ["8.000", "8,000", "8_000", "varies"])
    func groupedFee(amount: String) throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        try fixture.replace("amount: 8000", with: "amount: \(amount)")
        let fee = try fixture.load().procedures[0].channels[1].fees[0]
        #expect(fee.amount == (amount == "varies" ? nil : 8000))
    }

    @Test("a malformed procedure code", arguments: ["1.1193.000.00.00.H08", "1.001193.", "1.001193.000.00.00.X08", "abc"])
    func badCode(code: String) throws {
        try expectProblem(code: code, field: "code", kind: { if case .malformedCode = $0 { true } else { false } }) {
            try $0.replace("code: 1.001193.000.00.00.H08", with: "code: \"\(code)\"")
        }
    }

    @Test("a malformed agency identifier")
    func badIdentifier() throws {
        try expectProblem(file: "agencies.yaml", code: nil, field: "agencies[1].identifier",
                          kind: { if case .malformedIdentifier = $0 { true } else { false } }) {
            try $0.replace("000.00.13.H08", with: "13.H08", in: "agencies.yaml")
        }
    }

    @Test("control characters in text", arguments: ["\\e[2J", "\\x9b31m", "\\e]0;pwned\\a", "\\u202E"])
    func controlCharacters(sequence: String) throws {
        try expectProblem(field: "name.en", kind: { if case .controlCharacter = $0 { true } else { false } }) {
            try $0.replace("  en: Birth registration", with: "  en: \"Birth \(sequence)registration\"")
        }
    }

    @Test("missing English text")
    func missingEnglish() throws {
        try expectProblem(field: "steps[0].en", kind: { $0 == .missingTranslation(.en) }) {
            try $0.replace("  - {vi: Nộp hồ sơ., en: Hand in the file.}", with: "  - {vi: Nộp hồ sơ.}")
        }
    }

    @Test("a record marked english: missing may be in Vietnamese only; only `missing` is that mark")
    func vietnameseOnlyRecords() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        try fixture.replace("  - {vi: Nộp hồ sơ., en: Hand in the file.}", with: "  - {vi: Nộp hồ sơ.}")
        try fixture.replace("  en: Birth registration\n", with: "english: missing\n")
        try fixture.replace("    name: {vi: Hộ tịch, en: Civil status}", with: "    name: {vi: Hộ tịch}\n    english: missing",
                            in: "fields.yaml")
        let catalog = try fixture.load()
        let procedure = try #require(catalog.procedures.first)
        #expect(procedure.listing.englishMissing && procedure.name.isVietnameseOnly)
        #expect(procedure.name.en == "Đăng ký khai sinh" && procedure.steps[0].english == nil)
        #expect(procedure.applicants?.english == "Parents.")
        #expect(catalog.field("HT")?.name.isVietnameseOnly == true)
        #expect(ProcedureSheet(procedure, in: catalog, language: .en).title == "Đăng ký khai sinh (in Vietnamese)")
        // The snapshot keeps what is missing as missing.
        let snapshot = fixture.folder + ".snapshot"
        let first = try CatalogLoader.loadIndexed(directory: fixture.folder, snapshot: snapshot)
        let again = try CatalogLoader.loadIndexed(directory: fixture.folder, snapshot: snapshot)
        #expect(first.source == .files && again.source == .snapshot)
        #expect(again.catalog.procedures.first == procedure)
    }

    @Test("english: takes only `missing`")
    func englishMark() throws {
        try expectProblem(field: "english", kind: { if case .notAllowed("none", _) = $0 { true } else { false } }) {
            try $0.replace("  en: Birth registration\n", with: "  en: Birth registration\nenglish: none\n")
        }
    }

    @Test("an information-only entry needs its portal page, not the details")
    func informationOnly() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        try fixture.write("""
            code: "1.000002"
            name: {vi: Tách hộ, en: Separating a household}
            information_only: true
            levels: [commune]
            field: HT
            handled_by: {vi: Công an cấp xã, en: Commune police}
            portal: "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/1"

            """, to: "procedures/ho-tich/1.000002.yaml")
        let catalog = try fixture.load()
        let entry = try #require(catalog.procedures.first { $0.code.description == "1.000002" })
        #expect(entry.isInformationOnly && entry.agency == nil && entry.channels.isEmpty && entry.applicants == nil)
        #expect(entry.online.level == .information)
        try fixture.replace("portal: \"https://dichvucong.gov.vn/thu-tuc-hanh-chinh/1\"\n", with: "",
                            in: "procedures/ho-tich/1.000002.yaml")
        #expect(fixture.problems().contains { $0.field == "portal" && $0.kind == .missing })
    }

    @Test("a value outside the allowed set")
    func notAllowed() throws {
        try expectProblem(field: "channels[0].kind", kind: { if case .notAllowed("walk_in", _) = $0 { true } else { false } }) {
            try $0.replace("kind: in_person", with: "kind: walk_in")
        }
    }

    @Test("a key that is not part of the format (a typo would drop data)")
    func unknownKey() throws {
        try expectProblem(field: "aplicants", kind: { $0 == .unknownKey }) {
            try $0.replace("applicants:", with: "aplicants:")
        }
    }

    @Test("a key holding an escape sequence is reported inertly")
    func escapeInKey() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        try fixture.replace("applicants:", with: "\"\\e]0;pwned\\a\": x\napplicants:")
        let problem = try #require(fixture.problems().first { $0.kind == .unknownKey })
        for language in Language.allCases {
            let message = problem.message(in: language)
            #expect(!message.unicodeScalars.contains { CatalogText.isForbidden($0.value) })
            #expect(message.contains("<U+001B>]0;pwned<U+0007>"))
        }
    }

    @Test("a wrong type")
    func wrongType() throws {
        try expectProblem(field: "steps", kind: { $0 == .wrongType(expected: .list) }) {
            try $0.replace("steps:\n  - {vi: Nộp hồ sơ., en: Hand in the file.}", with: "steps: Nộp hồ sơ")
        }
    }

    @Test("a malformed date of a legal text")
    func badDate() throws {
        try expectProblem(field: "legal_basis[0].date", kind: { $0 == .malformedDate("2014-02-30") }) {
            try $0.replace("date: 2014-11-20", with: "date: 2014-02-30")
        }
    }

    @Test("every problem of every file is reported at once, and nothing is loaded")
    func allAtOnce() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        try fixture.replace("field: HT", with: "field: XX")
        try fixture.replace("amount: 8000", with: "amount: -1")
        try fixture.replace("level: province", with: "level: region", in: "agencies.yaml")
        #expect(throws: CatalogProblems.self) { try fixture.load() }
        let fields = Set(fixture.problems().map(\.field))
        #expect(fields.isSuperset(of: ["field", "channels[1].fees[0].amount", "agencies[1].level"]))
    }

    @Test("a missing catalog file or folder is reported, not crashed on")
    func missingFiles() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        try FileManager.default.removeItem(atPath: "\(fixture.folder)/fields.yaml")
        let problems = fixture.problems()
        #expect(problems.contains { $0.location.file.hasSuffix("fields.yaml") && $0.kind == .unreadable("no such file") })
        do {
            _ = try CatalogLoader.load(directory: "/nonexistent/catalog")
            Issue.record("a missing folder must not load")
        } catch {
            #expect(error.problems.contains { $0.location.file.hasSuffix("procedures") })
        }
    }
}

@Suite("Priority groups (queue.yaml)")
struct PriorityGroupValidationTests {
    static let groups = """
        priority_groups:
          - id: elderly
            name: {vi: Người cao tuổi, en: Older person}
            basis: {vi: Nghị định 107/2021/NĐ-CP, en: Decree 107/2021/NĐ-CP}
          - id: pregnant
            name: {vi: Phụ nữ mang thai, en: Pregnant woman}
            basis: {vi: Nghị định 107/2021/NĐ-CP, en: Decree 107/2021/NĐ-CP}

        """

    @Test("the groups are read in order; without the file there are none")
    func read() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        #expect(try fixture.load().priorityGroups.isEmpty)
        try fixture.write(Self.groups, to: "queue.yaml")
        #expect(try fixture.load().priorityGroups.map(\.id) == ["elderly", "pregnant"])
    }

    @Test("a twice-used id, a bad id, a group without its basis in English: each named with file and line")
    func refused() throws {
        let fixture = try CatalogFixture()
        defer { fixture.remove() }
        try fixture.write(Self.groups.replacingOccurrences(of: "id: pregnant", with: "id: elderly"), to: "queue.yaml")
        var problems = fixture.problems()
        #expect(problems.contains { if case .duplicate = $0.kind { $0.location.line == 5 } else { false } }, "\(problems)")
        try fixture.write(Self.groups + """
              - id: Người lớn tuổi
                name: {vi: Khác, en: Other}
                basis: {vi: —, en: —}
              - id: merit
                name: {vi: Người có công, en: Merit}
                basis: {vi: Thực tiễn của tỉnh}

            """, to: "queue.yaml")
        problems = fixture.problems().filter { $0.location.file.hasSuffix("queue.yaml") }
        #expect(problems.contains { if case .notAllowed("Người lớn tuổi", _) = $0.kind { $0.location.line == 8 } else { false } },
                "\(problems)")
        #expect(problems.contains { if case .missingTranslation(.en) = $0.kind { $0.field == "priority_groups[3].basis.en" } else { false } },
                "\(problems)")
    }
}

@Suite("Collecting accounts (agencies.yaml, banks.yaml)")
struct CollectingAccountValidationTests {
    static let banks = """
        banks:
          - {bin: "970405", short: Agribank, name: "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam"}
          - {bin: "970418", short: BIDV, name: "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam"}

        """

    func withAccount(_ account: String, banks: String? = CollectingAccountValidationTests.banks) throws -> CatalogFixture {
        let fixture = try CatalogFixture()
        if let banks { try fixture.write(banks, to: "banks.yaml") }
        try fixture.replace("    level: province\n", with: "    level: province\n    account: \(account)\n", in: "agencies.yaml")
        return fixture
    }

    @Test("an account at a known bank is read; the banks with it")
    func read() throws {
        let fixture = try withAccount(#"{bin: "970405", number: "3100201001234", holder: "SO TU PHAP TINH THU"}"#)
        defer { fixture.remove() }
        let catalog = try fixture.load()
        #expect(catalog.agency("STP")?.account == CollectingAccount(bin: "970405", number: "3100201001234", holder: "SO TU PHAP TINH THU"))
        #expect(catalog.bank("970405")?.shortName == "Agribank" && catalog.banks.count == 2)
    }

    @Test("an unknown bank, a number VietQR cannot carry, no holder: each refused with file and field")
    func refused() throws {
        for (account, field) in [(#"{bin: "970499", number: "3100201001234", holder: "X"}"#, "account.bin"),
                                 (#"{bin: "970405", number: "3100-2010-01234", holder: "X"}"#, "account.number"),
                                 (#"{bin: "97040", number: "3100201001234", holder: "X"}"#, "account.bin"),
                                 (#"{bin: "970405", number: "3100201001234"}"#, "account.holder")] {
            let fixture = try withAccount(account)
            defer { fixture.remove() }
            let problems = fixture.problems()
            #expect(problems.contains { $0.location.file.hasSuffix("agencies.yaml") && $0.field.hasSuffix(field) },
                    "\(account): \(problems.map(\.description))")
        }
        // An account and no banks.yaml: the BIN cannot be known.
        let fixture = try withAccount(#"{bin: "970405", number: "3100201001234", holder: "X"}"#, banks: nil)
        defer { fixture.remove() }
        #expect(fixture.problems().contains { $0.field.hasSuffix("account.bin") })
    }
}

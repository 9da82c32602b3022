import Foundation
import Testing
import ProcedureCatalog
@testable import NationalImport

@Suite struct NationalListReaderTests {
    @Test func goodRowsAreReadAndBadOnesRefusedWithLineCodeAndColumn() {
        let text = SmallCatalog.list([
            row("1.000001", "Cấp \"bản sao\" trích lục", levels: "Cấp bộ, Cấp tỉnh"),
            row("1.0002", "Mã sai"),
            row("1.000003", ""),
            row("1.000004", "Nhập hộ", agency: "Không có thông tin", applicants: "Không có thông tin"),
        ])
        let (entries, problems) = NationalListReader.read(text, file: "list.tsv")
        #expect(entries.map(\.code) == ["1.000001", "1.000004"])
        // A quote is part of the name: the list has no quoting.
        #expect(entries[0].name == "Cấp \"bản sao\" trích lục")
        #expect(entries[0].levels == ["Cấp bộ", "Cấp tỉnh"])
        #expect(entries[0].line == 2 && entries[1].line == 5)
        #expect(entries[1].handlingAgency == nil && entries[1].applicants == nil)
        #expect(problems.map(\.line) == [3, 4])
        #expect(problems[0].path == "national_code" && problems[1].code == "1.000003" && problems[1].path == "name")
        #expect(problems[1].text(in: .en) == "list.tsv:4: [1.000003] name: missing name")
    }

    @Test func aListWithoutItsColumnsIsRefusedWhole() {
        let (entries, problems) = NationalListReader.read("code\tname\n1.000001\tX\n", file: "list.tsv")
        #expect(entries.isEmpty)
        #expect(problems.count == 1 && problems[0].message.en.hasPrefix("missing column(s) national_code, field"))
    }
}

@Suite struct ListImportTests {
    func importing(_ rows: [[String]], into catalog: SmallCatalog, removeWithdrawn: Bool = false) throws -> ImportPlan {
        let (entries, problems) = NationalListReader.read(SmallCatalog.list(rows), file: "list.tsv")
        let plan = ListImport(catalog: try catalog.load(), folder: catalog.folder, removeWithdrawn: removeWithdrawn)
            .plan(entries, file: "list.tsv", problems: problems)
        try CatalogUpdate.apply(plan, to: catalog.folder)
        return plan
    }

    @Test func entriesBecomeInformationOnlyProceduresThatLoadAndShow() throws {
        let small = try SmallCatalog()
        let plan = try importing([
            row("2.001716", "Đăng ký hoạt động của Chi nhánh Trung tâm hòa giải thương mại",
                field: "Hòa giải thương mại"),
            row("1.000002", "Tách hộ", field: "Đăng ký, quản lý cư trú", levels: "Cấp xã",
                agency: "Công an cấp Xã", applicants: "Không có thông tin"),
            row("1.001193", "Đăng ký khai sinh", levels: "Cấp xã"),
        ], into: small)
        #expect(plan.summary.added == ["2.001716", "1.000002"])
        #expect(plan.summary.keptInFull == ["1.001193"])
        #expect(plan.summary.newFields.map(\.code) == ["HGTM", "DKQLCT"])
        let catalog = try small.load()
        #expect(catalog.procedures.count == 3)
        let mediation = try #require(catalog.procedure(code("2.001716")))
        #expect(mediation.isInformationOnly && mediation.listing.englishMissing)
        #expect(mediation.agency == "STP" && mediation.listing.handledBy == nil)
        #expect(mediation.levels == ["province"] && mediation.field == "HGTM")
        #expect(mediation.listing.portal == "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/0000-2.001716")
        #expect(mediation.listing.decision == "1872/QĐ-BTP")
        let household = try #require(catalog.procedure(code("1.000002")))
        #expect(household.agency == nil && household.listing.handledBy?.vi == "Công an cấp Xã")
        #expect(household.applicants == nil)
        // The new fields come in Vietnamese only; the file's comment and first field stay as written.
        #expect(catalog.field("HGTM")?.name.isVietnameseOnly == true)
        #expect(try small.read("fields.yaml").hasPrefix("# Fields, with a comment an import must keep.\n"))
        // The birth registration held in full is untouched.
        #expect(try small.read("procedures/ht/1.001193.000.00.00.H08.yaml") == String(
            contentsOfFile: "\(SmallCatalog.repository)/Catalog/procedures/ht/1.001193.000.00.00.H08.yaml",
            encoding: .utf8))

        // The procedure sheet says where the details are, and in English that the text is Vietnamese.
        let english = ProcedureSheet(mediation, in: catalog, language: .en)
        #expect(english.title.hasSuffix(" (in Vietnamese)"))
        #expect(english.facts.contains { $0.label == "Procedure page" && $0.value == mediation.listing.portal })
        #expect(english.sections.first?.title == "Full details")
        let vietnamese = ProcedureSheet(mediation, in: catalog, language: .vi)
        #expect(vietnamese.title == mediation.name.vi)
        #expect(vietnamese.facts.contains { $0 == ("Cơ quan thực hiện", "Sở Tư pháp tỉnh Thử") })
    }

    @Test func reImportKeepsWhatOperatorsAddedAndUpdatesWhatTheListChanged() throws {
        let small = try SmallCatalog()
        _ = try importing([row("1.000002", "Tách hộ", levels: "Cấp xã", agency: "Công an cấp Xã")], into: small)
        let path = "procedures/ht/1.000002.yaml"
        // An operator translates the name, adds a note, a popularity and the agency with its counter.
        var text = try small.read(path)
        text = text.replacingOccurrences(of: "  vi: Tách hộ\n", with: "  vi: Tách hộ\n  en: Separating a household\n")
        text += "popularity: 40\nlocal_note: {vi: \"Mang theo sổ hộ khẩu cũ nếu còn.\", en: \"Bring the old household book if you have it.\"}\nagency: UBND-XA\n"
        try small.write(path, text)
        #expect(try small.load().procedures.count == 2)

        // The unchanged list changes nothing.
        let same = try importing([row("1.000002", "Tách hộ", levels: "Cấp xã", agency: "Công an cấp Xã")], into: small)
        #expect(same.summary.unchanged == 1 && same.summary.changed.isEmpty && same.isEmpty)

        // The list renames it and moves it to the province.
        let plan = try importing([row("1.000002", "Tách hộ gia đình", levels: "Cấp tỉnh", agency: "Công an cấp Xã")],
                                 into: small)
        #expect(plan.summary.changed == [ImportSummary.Change(code: "1.000002", keys: ["name", "levels"])])
        let procedure = try #require(try small.load().procedure(code("1.000002")))
        #expect(procedure.name.vi == "Tách hộ gia đình" && procedure.name.english == "Separating a household")
        #expect(procedure.levels == ["province"] && procedure.popularity == 40 && procedure.agency == "UBND-XA")
        #expect(procedure.listing.localNote?.en == "Bring the old household book if you have it.")
        #expect(plan.summary.text(in: .en, dryRun: false).contains("  1.000002: name, levels"))
    }

    @Test func withdrawnEntriesAreReportedAndRemovedOnlyWhenAsked() throws {
        let small = try SmallCatalog()
        _ = try importing([row("1.000002", "Tách hộ"), row("1.000003", "Nhập hộ")], into: small)
        let kept = try importing([row("1.000002", "Tách hộ")], into: small)
        #expect(kept.summary.withdrawn == ["1.000003"] && !kept.summary.removedWithdrawn)
        #expect(try small.load().procedures.count == 3)
        let removed = try importing([row("1.000002", "Tách hộ")], into: small, removeWithdrawn: true)
        #expect(removed.summary.withdrawn == ["1.000003"] && removed.summary.removedWithdrawn)
        #expect(try small.load().procedures.map(\.code.description).sorted() == ["1.000002", "1.001193.000.00.00.H08"])
    }

    @Test func aLevelWithoutARowInTheTableRefusesTheRecord() throws {
        let small = try SmallCatalog()
        let plan = try importing([row("1.000002", "Tách hộ", levels: "Cơ quan khác"), row("1.000003", "Nhập hộ")],
                                 into: small)
        #expect(plan.summary.added == ["1.000003"])
        #expect(plan.summary.skipped.map(\.code) == ["1.000002"])
        #expect(plan.summary.skipped[0].text(in: .en)
            == "list.tsv:2: [1.000002] levels: level \"Cơ quan khác\" has no row in the national_levels table of catalog.yaml")
    }

    @Test func aPlanThatWouldBreakTheCatalogChangesNothing() throws {
        let small = try SmallCatalog()
        let before = try FileManager.default.subpathsOfDirectory(atPath: small.folder).sorted()
        var plan = ImportPlan()
        plan.files["procedures/ht/broken.yaml"] = "code: \"1.000009\"\nname: {vi: \"Hỏng\"}\n"
        #expect {
            try CatalogUpdate.apply(plan, to: small.folder)
        } throws: { error in
            guard case CatalogUpdate.Failure.invalid(let problems) = error else { return false }
            return problems.problems.contains { $0.location.file.hasSuffix("procedures/ht/broken.yaml") }
        }
        #expect(try FileManager.default.subpathsOfDirectory(atPath: small.folder).sorted() == before)
        let parent = (small.folder as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["Catalog"])
    }
}

/// A code the test writes, known to be well formed.
func code(_ text: String) -> ProcedureCode { ProcedureCode(text)! }

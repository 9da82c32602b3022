import Foundation
import Testing
@testable import ProcedureCatalog

@Suite("The shipped catalog")
struct ShippedCatalogTests {
    let catalog = ShippedCatalog.catalog

    @Test("the national list's 2,642 procedures, 140 fields, the three provincial levels and the central ones")
    func size() {
        #expect(catalog.procedures.count >= 2_642)
        let usedFields = Set(catalog.procedures.map(\.field))
        #expect(usedFields.count >= 140)
        #expect(catalog.levels.map(\.id) == ["province", "district", "commune", "ministry", "other"])
        #expect(catalog.levels.map(\.isLocal) == [true, true, true, false, false])
        for level in catalog.levels {
            #expect(!catalog.procedures(atLevel: level.id).isEmpty, "\(level.id)")
        }
    }

    @Test("each full procedure is complete and real, not synthetic, and in English")
    func complete() {
        let full = catalog.procedures.filter { !$0.isInformationOnly }
        #expect(full.count == 82)
        for procedure in full {
            let code = procedure.code.description
            #expect(!procedure.synthetic, "\(code)")
            #expect(!procedure.channels.isEmpty && !procedure.steps.isEmpty && !procedure.documents.isEmpty, "\(code)")
            #expect(!procedure.results.isEmpty && !procedure.legalBasis.isEmpty, "\(code)")
            #expect(procedure.code.authority?.description.hasSuffix("H08") == true, "\(code)")
            #expect(!procedure.listing.englishMissing, "\(code)")
        }
    }

    @Test("every procedure of the national list is in the catalog, the rest as information-only entries")
    func carriesTheNationalList() throws {
        let list = try String(contentsOfFile: "\(ShippedCatalog.folder)/imports/national-procedures.tsv",
                              encoding: .utf8)
        let codes = list.split(separator: "\n").dropFirst().compactMap { $0.split(separator: "\t").first }
        #expect(codes.count == 2_642)
        let national = Set(catalog.procedures.map(\.code.national))
        for code in codes { #expect(national.contains(String(code)), "\(code)") }
        for procedure in catalog.procedures where procedure.isInformationOnly {
            #expect(procedure.code.authority == nil && procedure.listing.portal?.hasPrefix(
                "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/") == true, "\(procedure.code)")
            #expect(procedure.listing.englishMissing && !procedure.synthetic, "\(procedure.code)")
        }
    }

    @Test("all text is NFC and free of control characters")
    func textIsClean() throws {
        let files = try FileManager.default.subpathsOfDirectory(atPath: ShippedCatalog.folder)
            .filter { $0.hasSuffix(".yaml") }
        #expect(files.count >= 83)
        for file in files {
            let text = try String(contentsOfFile: "\(ShippedCatalog.folder)/\(file)", encoding: .utf8)
            #expect(text == text.precomposedStringWithCanonicalMapping, "\(file) is not NFC")
            #expect(CatalogText.firstControlCharacter(text) == nil, "\(file)")
        }
    }

    @Test("a procedure reads in both languages")
    func sheet() throws {
        let code = try #require(ProcedureCode("1.001193.000.00.00.H08"))
        let birth = try #require(catalog.procedure(code))
        let vi = ProcedureSheet(birth, in: catalog, language: .vi)
        let en = ProcedureSheet(birth, in: catalog, language: .en)
        #expect(vi.title == "Đăng ký khai sinh")
        #expect(en.title == "Birth registration")
        #expect(vi.sections.map(\.title).contains("Thành phần hồ sơ"))
        #expect(en.sections.map(\.title).contains("Required documents"))
        #expect(en.facts.contains { $0.label == "Where to submit" })
    }

    @Test("money and times read naturally in each language")
    func wording() {
        #expect(Wording.money(200_000, .vi) == "200.000 đ")
        #expect(Wording.money(1_000, .en) == "1,000 VND")
        #expect(Wording.money(0, .vi) == "0 đ")
        #expect(Wording.time(ProcessingTime(value: 3, unit: .workingDays), .vi) == "3 ngày làm việc")
        #expect(Wording.time(ProcessingTime(value: 1, unit: .workingDays), .en) == "1 working day")
        #expect(Wording.feeSummary([], .en) == "Free")
        #expect(Wording.feeSummary([Fee(amount: 2000, purpose: LocalizedText(vi: "x", en: "x"),
                                        per: LocalizedText(vi: "trang", en: "page"))], .vi) == "2.000 đ/trang")
    }
}

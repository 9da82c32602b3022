import Foundation
import Testing
import ProcedureCatalog
@testable import NationalImport

/// National records into a small catalog: added in the catalog's format, merged, withdrawn, refused.
@Suite struct RecordImportTests {
    static func record(code: String = "1.000894", name: String = "Đăng ký kết hôn", status: String = "1",
                       level: String = "3", field: String = "\"MALINHVUC\": \"G15-TP02\", \"TENLINHVUC\": \"Hộ tịch\"",
                       agency: String = "\"MADONVI\": \"000.00.13.H08\", \"TENDONVI\": \"Sở Tư pháp\"",
                       fee: String = "\"70.000\"") -> String {
        """
        {"MATTHC": "\(code)", "TENTTHC": "\(name)", "TRANGTHAI": "\(status)", "MOTADOITUONGTHUCHIEN": "Công dân",
         "CAPTHUCHIEN": [{"CAPTHUCHIEN": "\(level)"}], "LINHVUCTHUCHIEN": [{\(field)}],
         "TRINHTUTHUCHIEN": [{"TRINHTU": [{"TENTRINHTU": "Nộp hồ sơ"}]}],
         "CACHTHUCTHUCHIEN": [{"KENH": "1", "THOIGIAN": [{"THOIGIANGIAIQUYET": "5", "DONVITINH": "Ngày làm việc",
           "PHILEPHI": [{"SOTIEN": \(fee), "MOTA": "Lệ phí"}]}]}],
         "THANHPHANHOSO": [{"GIAYTO": [{"TENGIAYTO": "Tờ khai", "SOBANCHINH": "1", "SOBANSAO": "0"}]}],
         "KETQUATHUCHIEN": [{"TENKETQUA": "Giấy chứng nhận"}],
         "CANCUPHAPLY": [{"SOVANBAN": "60/2014/QH13", "TENVANBAN": "Luật Hộ tịch", "COQUANBANHANH": "Quốc hội",
                          "NGAYBANHANH": "20/11/2014"}],
         "COQUANTHUCHIEN": [{\(agency)}]}
        """
    }

    func importing(_ records: [String], into small: SmallCatalog, removeWithdrawn: Bool = false) throws -> ImportPlan {
        let (found, problems) = NationalRecordReader.read(Data("[\(records.joined(separator: ","))]".utf8),
                                                          file: "records.json")
        let plan = RecordImport(catalog: try small.load(), folder: small.folder, removeWithdrawn: removeWithdrawn)
            .plan(found, problems: problems)
        try CatalogUpdate.apply(plan, to: small.folder)
        return plan
    }

    @Test func aNewRecordBecomesAFullProcedureInVietnamese() throws {
        let small = try SmallCatalog()
        let plan = try importing([Self.record(code: "1.000002", name: "Đăng ký giám hộ",
                                              field: "\"MALINHVUC\": \"G15-TP09\", \"TENLINHVUC\": \"Giám hộ\"",
                                              agency: "\"MADONVI\": \"G15\", \"TENDONVI\": \"Bộ Tư pháp\"")],
                                 into: small)
        #expect(plan.summary.added == ["1.000002"])
        #expect(plan.summary.newFields.map(\.code) == ["G15-TP09"] && plan.summary.newAgencies.map(\.id) == ["CQ-G15"])
        let catalog = try small.load()
        let procedure = try #require(catalog.procedure(code("1.000002")))
        #expect(!procedure.isInformationOnly && procedure.listing.englishMissing)
        #expect(procedure.levels == ["commune"] && procedure.field == "G15-TP09" && procedure.agency == "CQ-G15")
        #expect(procedure.channels.first?.fees.first?.amount == 70_000)
        #expect(procedure.channels.first?.time == ProcessingTime(value: 5, unit: .workingDays, note: nil))
        #expect(procedure.documents.first?.variant.vi == "Mọi trường hợp")
        #expect(procedure.legalBasis.first?.date == "2014-11-20")
        #expect(catalog.agency("CQ-G15")?.name.isVietnameseOnly == true)
        #expect(catalog.field("G15-TP09")?.nationalCode == "G15-TP09")
    }

    @Test func aProcedureTheCatalogHoldsIsUpdatedKeepingItsCodeEnglishAndPopularity() throws {
        let small = try SmallCatalog()
        // The shipped birth registration, 1.001193.000.00.00.H08, popularity 100, in English.
        let plan = try importing([Self.record(code: "1.001193", name: "Đăng ký khai sinh", fee: "8000")], into: small)
        #expect(plan.summary.changed.map(\.code) == ["1.001193.000.00.00.H08"])
        let procedure = try #require(try small.load().procedures.first)
        #expect(procedure.code.description == "1.001193.000.00.00.H08" && procedure.popularity == 100)
        #expect(procedure.name.english == "Birth registration" && procedure.featured)
        #expect(procedure.channels.count == 1 && procedure.channels[0].fees.first?.amount == 8_000)
        #expect(procedure.agency == "STP")
        // The same records again change nothing.
        let again = try importing([Self.record(code: "1.001193", name: "Đăng ký khai sinh", fee: "8000")], into: small)
        #expect(again.summary.unchanged == 1 && again.isEmpty)
    }

    @Test func anEntryOfTheListIsNowDescribedInFull() throws {
        let small = try SmallCatalog()
        try small.write("procedures/ht/1.000002.yaml", """
            code: "1.000002"
            name: {vi: Đăng ký giám hộ, en: Guardianship registration}
            english: missing
            information_only: true
            levels: [commune]
            field: HT
            portal: "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/2"
            popularity: 30

            """)
        let plan = try importing([Self.record(code: "1.000002", name: "Đăng ký giám hộ")], into: small)
        #expect(plan.summary.changed.map(\.code) == ["1.000002"])
        let procedure = try #require(try small.load().procedure(code("1.000002")))
        #expect(!procedure.isInformationOnly && procedure.online.level == .information)
        #expect(procedure.name.english == "Guardianship registration" && procedure.popularity == 30)
        #expect(procedure.listing.portal == "https://dichvucong.gov.vn/thu-tuc-hanh-chinh/2")
        #expect(procedure.agency == "STP" && procedure.steps.map(\.vi) == ["Nộp hồ sơ"])
    }

    @Test func withdrawnUnknownLevelsAndIncompleteRecordsAreReported() throws {
        let small = try SmallCatalog()
        let incomplete = Self.record(code: "1.000004").replacingOccurrences(
            of: "\"KETQUATHUCHIEN\": [{\"TENKETQUA\": \"Giấy chứng nhận\"}],", with: "")
        let plan = try importing([Self.record(code: "1.001193", status: "0"), Self.record(code: "1.000003", level: "7"),
                                  incomplete, Self.record(code: "1.000005", status: "0")], into: small)
        #expect(plan.summary.withdrawn == ["1.001193"] && !plan.summary.removedWithdrawn)
        let skipped = plan.summary.skipped.map { $0.text(in: .en) }
        #expect(skipped.contains("records.json: [1.000003] [1].CAPTHUCHIEN: level 7 has no row in the national_levels table of catalog.yaml"), "\(skipped)")
        #expect(skipped.contains("records.json: [1.000004] [2]: no KETQUATHUCHIEN: the catalog needs them to show the procedure"))
        #expect(skipped.contains("records.json: [1.000005] [3].TRANGTHAI: the procedure is not public"))
        #expect(try small.load().procedures.count == 1)
        // Removing it would leave a catalog without procedures: refused, nothing changes.
        #expect(throws: CatalogUpdate.Failure.self) {
            _ = try importing([Self.record(code: "1.001193", status: "0")], into: small, removeWithdrawn: true)
        }
        #expect(try small.load().procedures.count == 1)
        _ = try importing([Self.record(code: "1.000002")], into: small)
        let removed = try importing([Self.record(code: "1.001193", status: "0")], into: small, removeWithdrawn: true)
        #expect(removed.summary.removedWithdrawn)
        #expect(try small.load().procedures.map(\.code.description) == ["1.000002"])
    }
}

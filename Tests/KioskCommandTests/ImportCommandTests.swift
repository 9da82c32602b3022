import Foundation
import Testing

/// `kiosk import list` as an operator runs it, on a copy of the shipped catalog.
@Suite("Import command", .serialized)
struct ImportCommandTests {
    static let header = "national_code\tname\tfield\tlevels\tministry\ttype\thandling_agency\tapplicants\t"
        + "publishing_decision\tsource"

    @Test("re-importing the shipped list changes nothing; a new row is added, a bad one refused with exit 1")
    func importList() throws {
        let kiosk = try TemporaryKiosk(copyCatalog: true)
        let again = try Kiosk.run(["import", "list", "Catalog/imports/national-procedures.tsv",
                                   "--config", kiosk.config, "--lang", "en"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("Added: 0\nChanged: 0\nUnchanged: 2563\n"), "\(again.stdout)")
        #expect(again.stdout.contains("Already in the catalog in full, left as they are: 79"))

        let list = kiosk.folder + "/list.tsv"
        let rows = [
            Self.header,
            "1.999999\tCấp giấy phép thử nghiệm\tHộ tịch\tCấp tỉnh\tbo-tu-phap\tx\tSở Tư pháp\tCông dân Việt Nam\t1/QĐ-BTP\thttps://dichvucong.gov.vn/thu-tuc-hanh-chinh/test",
            "1.999998\tMột thủ tục ở cấp thôn\tHộ tịch\tCấp thôn\tbo-tu-phap\tx\tSở Tư pháp\t\t\thttps://dichvucong.gov.vn/thu-tuc-hanh-chinh/test2",
        ]
        try (rows.joined(separator: "\n") + "\n").write(toFile: list, atomically: true, encoding: .utf8)
        let entry = kiosk.catalogCopy + "/procedures/ht/1.999999.yaml"

        let dry = try Kiosk.run(["import", "list", list, "--dry-run", "--config", kiosk.config, "--lang", "en"])
        #expect(dry.status == 1)
        #expect(dry.stdout.hasPrefix("Dry run: the catalog is not changed.\nAdded: 1\n"), "\(dry.stdout)")
        #expect(!FileManager.default.fileExists(atPath: entry))

        let real = try Kiosk.run(["import", "list", list, "--remove-withdrawn", "--config", kiosk.config,
                                  "--lang", "en"])
        #expect(real.status == 1, "a refused record makes the exit status 1")
        #expect(real.stdout.contains("Skipped: 1\n  \(list):3: [1.999998] levels: level \"Cấp thôn\" has no row"),
                "\(real.stdout)")
        // The list holds only these two: every other entry of the catalog is withdrawn, and removed.
        #expect(real.stdout.contains("Withdrawn, removed from the catalog: 2563"))
        #expect(FileManager.default.fileExists(atPath: entry))

        let shown = try Kiosk.run(["show", "1.999999", "--config", kiosk.config, "--lang", "en"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Cấp giấy phép thử nghiệm (in Vietnamese)"), "\(shown.stdout)")
        #expect(shown.stdout.contains("Procedure page: https://dichvucong.gov.vn/thu-tuc-hanh-chinh/test"))
        #expect(shown.stdout.contains("Handling agency: Bình Dương Department of Justice"))
        let validate = try Kiosk.run(["validate", "--config", kiosk.config, "--lang", "en"])
        #expect(validate.status == 0)
        #expect(validate.stdout.contains("Bình Dương Province — 83 procedures,"), "\(validate.stdout.prefix(300))")
        #expect(validate.stdout.contains("WARNING: 1 procedures have no English yet"))
    }

    @Test("national records: imported, validated and shown as a citizen reads them; a bad amount refused with its key path")
    func importNational() throws {
        let kiosk = try TemporaryKiosk(copyCatalog: true)
        let records = kiosk.folder + "/records.json"
        let record = """
            {"MATTHC": "1.999997", "TENTTHC": "Đăng ký thử nghiệm", "TRANGTHAI": 1, "MOTADOITUONGTHUCHIEN": "Công dân",
             "CAPTHUCHIEN": [{"CAPTHUCHIEN": "1", "TENCAP": "Cấp tỉnh"}],
             "LINHVUCTHUCHIEN": [{"MALINHVUC": "G15-TP02", "TENLINHVUC": "Hộ tịch"}],
             "TRINHTUTHUCHIEN": [{"TRINHTU": [{"TENTRINHTU": "Nộp hồ sơ tại Sở Tư pháp"}]}],
             "CACHTHUCTHUCHIEN": [{"KENH": "1", "THOIGIAN": [{"THOIGIANGIAIQUYET": "10", "DONVITINH": "Ngày làm việc",
               "PHILEPHI": [{"SOTIEN": "70.000", "MOTA": "Lệ phí"}]}]}],
             "THANHPHANHOSO": [{"GIAYTO": [{"TENGIAYTO": "Tờ khai", "SOBANCHINH": "1", "SOBANSAO": "1"}]}],
             "KETQUATHUCHIEN": [{"TENKETQUA": "Giấy chứng nhận"}],
             "CANCUPHAPLY": [{"SOVANBAN": "60/2014/QH13", "TENVANBAN": "Luật Hộ tịch", "COQUANBANHANH": "Quốc hội",
                              "NGAYBANHANH": "20/11/2014"}],
             "COQUANTHUCHIEN": [{"MADONVI": "000.00.13.H08", "TENDONVI": "Sở Tư pháp"}]}
            """
        let broken = record.replacingOccurrences(of: "1.999997", with: "1.999996")
            .replacingOccurrences(of: "\"70.000\"", with: "\"bảy mươi nghìn\"")
        try "{\"result\": [\(record), \(broken)]}".write(toFile: records, atomically: true, encoding: .utf8)
        let imported = try Kiosk.run(["import", "national", records, "--config", kiosk.config, "--lang", "en"])
        #expect(imported.status == 1, "one record was refused")
        #expect(imported.stdout.contains("Added: 1\n"), "\(imported.stdout)")
        #expect(imported.stdout.contains("[1.999996] result[1].CACHTHUCTHUCHIEN[0].THOIGIAN[0].PHILEPHI[0].SOTIEN: the amount “bảy mươi nghìn” cannot be read"), "\(imported.stdout)")
        let shown = try Kiosk.run(["show", "1.999997", "--config", kiosk.config, "--lang", "vi"])
        #expect(shown.status == 0, "\(shown.stderr)")
        for part in ["Đăng ký thử nghiệm", "Cơ quan thực hiện: Sở Tư pháp tỉnh Bình Dương", "10 ngày làm việc",
                     "70.000 đ", "Tờ khai — 1 bản chính, 1 bản sao", "60/2014/QH13"] {
            #expect(shown.stdout.contains(part), "\(part) in \(shown.stdout)")
        }
        let validate = try Kiosk.run(["validate", "--config", kiosk.config, "--lang", "en"])
        #expect(validate.status == 0 && validate.stdout.contains("— 2646 procedures,"), "\(validate.stdout.prefix(200))")
    }
}

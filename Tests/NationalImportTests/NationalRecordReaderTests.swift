import Foundation
import Testing
import ProcedureCatalog
@testable import NationalImport

/// Records written from DOMAIN.md's layout of the national database's records (upper-case keys), with the types
/// found in the wild: SOTIEN a number or a string, counts as strings.
@Suite struct NationalRecordReaderTests {
    static let record = """
        {"ID": 12, "MATTHC": "1.000894", "TENTTHC": "Đăng ký kết hôn", "MACOQUANCONGBO": "G15", "LOAITTHC": "2",
         "TRANGTHAI": 1, "IDQUYETDINHCONGBO": 77,
         "MOTADOITUONGTHUCHIEN": "Công dân Việt Nam", "DIACHITIEPNHAN": "UBND cấp xã", "YEUCAU": "Đủ tuổi kết hôn",
         "TUKHOA": "kết hôn, giấy chứng nhận kết hôn",
         "CAPTHUCHIEN": [{"CAPTHUCHIEN": "3", "TENCAP": "Cấp xã"}],
         "LINHVUCTHUCHIEN": [{"MALINHVUC": "G15-TP02", "TENLINHVUC": "Hộ tịch"}],
         "DOITUONGTHUCHIEN": [{"MADOITUONG": "1", "TENDOITUONG": "Công dân Việt Nam"}],
         "TRINHTUTHUCHIEN": [{"TRUONGHOP": "", "TRINHTU": [{"TENTRINHTU": "Nộp hồ sơ"}, {"TENTRINHTU": "Nhận kết quả"}]}],
         "CACHTHUCTHUCHIEN": [
           {"KENH": "1", "THOIGIAN": [{"THOIGIANGIAIQUYET": "0", "DONVITINH": "Ngày làm việc", "MOTA": "Ngay trong ngày",
             "PHILEPHI": [{"MAPHILEPHI": "LP", "SOTIEN": "70.000", "DONVI": "Đồng", "MOTA": "Lệ phí"}]}]},
           {"KENH": "2", "THOIGIAN": [{"THOIGIANGIAIQUYET": 3, "DONVITINH": "Ngày",
             "PHILEPHI": [{"SOTIEN": 35000, "MOTA": "Lệ phí trực tuyến"}, {"SOTIEN": "70,000", "MOTA": "Bản sao"}]}]},
           {"KENH": "3", "THOIGIAN": [{"THOIGIANGIAIQUYET": "2", "DONVITINH": "Giờ", "PHILEPHI": [{"SOTIEN": "", "MOTA": "HĐND tỉnh quy định"}]}]}],
         "THANHPHANHOSO": [{"TRUONGHOP": "Mọi trường hợp", "GIAYTO": [
           {"MAGIAYTO": "1", "TENGIAYTO": "Tờ khai đăng ký kết hôn", "TENMAUDON": "Mau04.docx", "URL": "",
            "SOBANCHINH": "1", "SOBANSAO": "0", "MA_KQ_THAYTHE": ""},
           {"TENGIAYTO": "Giấy xác nhận tình trạng hôn nhân", "SOBANCHINH": 1, "SOBANSAO": "2"}]}],
         "KETQUATHUCHIEN": [{"MAKETQUA": "KQ.G15.000033", "TENKETQUA": "Giấy chứng nhận kết hôn"}],
         "CANCUPHAPLY": [{"SOVANBAN": "60/2014/QH13", "TENVANBAN": "Luật Hộ tịch", "COQUANBANHANH": "Quốc hội",
                          "NGAYBANHANH": "20/11/2014", "NGAYHIEULUC": "01/01/2016"},
                         {"SOVANBAN": "123/2015/NĐ-CP", "TENVANBAN": "Nghị định 123", "COQUANBANHANH": "Chính phủ",
                          "NGAYBANHANH": "2015-11-15T00:00:00"}],
         "COQUANTHUCHIEN": [{"MADONVI": "000.00.00.H08", "TENDONVI": "Ủy ban nhân dân cấp xã"}]}
        """

    func read(_ text: String) -> (records: [NationalRecord], problems: [ImportProblem]) {
        NationalRecordReader.read(Data(text.utf8), file: "records.json")
    }

    @Test func everyKeyIsReadWithTheTypesFoundInTheWild() throws {
        let (records, problems) = read(Self.record)
        #expect(problems.isEmpty, "\(problems.map { $0.text(in: .en) })")
        let record = try #require(records.first)
        #expect(record.code == "1.000894" && record.name == "Đăng ký kết hôn" && record.isPublic)
        #expect(record.levels.map(\.code) == ["3"] && record.field == NationalRecord.Unit(code: "G15-TP02", name: "Hộ tịch"))
        #expect(record.applicants == "Công dân Việt Nam" && record.submitAt == "UBND cấp xã")
        #expect(record.keywords == ["kết hôn", "giấy chứng nhận kết hôn"])
        #expect(record.steps == [NationalRecord.Variant(name: nil, items: ["Nộp hồ sơ", "Nhận kết quả"])])
        #expect(record.channels.map(\.kind) == [.inPerson, .online, .post])
        #expect(record.channels[0].time == ProcessingTime(value: 0, unit: .sameDay,
                                                           note: LocalizedText(vietnameseOnly: "Ngay trong ngày")))
        #expect(record.channels[1].time.value == 3 && record.channels[1].time.unit == .days)
        #expect(record.channels[2].time.unit == .hours)
        // SOTIEN: "70.000", 35000, "70,000", and "" (the province sets it).
        #expect(record.channels.flatMap(\.fees).map(\.amount) == [70_000, 35_000, 70_000, nil])
        #expect(record.documents[0].name == "Mọi trường hợp")
        #expect(record.documents[0].items == [
            NationalRecord.Document(name: "Tờ khai đăng ký kết hôn", form: "Mau04.docx", originals: 1, copies: 0),
            NationalRecord.Document(name: "Giấy xác nhận tình trạng hôn nhân", form: nil, originals: 1, copies: 2),
        ])
        #expect(record.results == ["Giấy chứng nhận kết hôn"])
        #expect(record.legalBasis.map(\.date) == ["2014-11-20", "2015-11-15"])
        #expect(record.agencies == [NationalRecord.Unit(code: "000.00.00.H08", name: "Ủy ban nhân dân cấp xã")])
    }

    @Test func everyLayoutOfTheServiceIsRead() throws {
        let array = "[\(Self.record), \(Self.record.replacingOccurrences(of: "1.000894", with: "1.000895"))]"
        #expect(read(array).records.map(\.code) == ["1.000894", "1.000895"])
        #expect(read("{\"result\": \(array)}").records.map(\.path) == ["result[0]", "result[1]"])
        // One system receives the whole envelope as a JSON string inside `message`.
        let envelope = String(data: try JSONSerialization.data(withJSONObject: ["message": "{\"result\": \(array)}"]),
                              encoding: .utf8)!
        #expect(read(envelope).records.count == 2)
        #expect(read(Self.record).records.map(\.path) == [""])
    }

    @Test func aWithdrawnRecordIsReadAsNotPublic() throws {
        let withdrawn = Self.record.replacingOccurrences(of: "\"TRANGTHAI\": 1", with: "\"TRANGTHAI\": \"0\"")
        #expect(read(withdrawn).records.first?.isPublic == false)
    }

    @Test func problemsNameTheFileTheCodeAndTheKeyPath() {
        let bad = Self.record.replacingOccurrences(of: "\"KENH\": \"3\"", with: "\"KENH\": \"9\"")
            .replacingOccurrences(of: "\"SOTIEN\": 35000", with: "\"SOTIEN\": \"35 nghìn\"")
            .replacingOccurrences(of: "\"DONVITINH\": \"Giờ\"", with: "\"DONVITINH\": \"Tuần\"")
        let (records, problems) = read("{\"result\": [\(bad), \(Self.record)]}")
        #expect(records.count == 1)
        let texts = problems.map { $0.text(in: .en) }
        #expect(texts.contains("records.json: [1.000894] result[0].CACHTHUCTHUCHIEN[2].KENH: channel “9” is not 1, 2 or 3"))
        #expect(texts.contains("records.json: [1.000894] result[0].CACHTHUCTHUCHIEN[1].THOIGIAN[0].PHILEPHI[0].SOTIEN: the amount “35 nghìn” cannot be read"), "\(texts)")
        #expect(problems.allSatisfy { $0.file == "records.json" && $0.code == "1.000894" })
    }

    @Test func aBrokenFileOrOneWithoutRecordsIsReported() {
        #expect(read("{\"result\": [").problems.first?.message.en.hasPrefix("not valid JSON") == true)
        #expect(read("{\"status\": 200}").problems.first?.message.en == "no procedure record here (MATTHC, result or message)")
        let noName = Self.record.replacingOccurrences(of: "\"TENTTHC\": \"Đăng ký kết hôn\",", with: "")
        #expect(read(noName).problems.map { $0.text(in: .en) } == ["records.json: [1.000894] TENTTHC: missing the procedure's name"])
    }
}

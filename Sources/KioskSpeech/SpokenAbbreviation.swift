import ProcedureCatalog

/// The abbreviations the catalog and the screens use, said in full: a listener cannot ask what "UBND" means.
enum SpokenAbbreviation {
    static let vietnamese: [String: String] = [
        "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "TTHC": "thủ tục hành chính",
        "CCCD": "căn cước công dân", "CMND": "chứng minh nhân dân", "BHXH": "bảo hiểm xã hội",
        "BHYT": "bảo hiểm y tế", "GCN": "giấy chứng nhận", "QSDĐ": "quyền sử dụng đất", "TP": "thành phố",
        "TX": "thị xã", "TT": "thị trấn", "DVC": "dịch vụ công", "TTPVHCC": "Trung tâm Phục vụ hành chính công",
        "MST": "mã số thuế", "GPLX": "giấy phép lái xe", "đ": "đồng", "STT": "số thứ tự", "QR": "ki u a",
        "ĐT": "điện thoại",
    ]
    static let english: [String: String] = [
        "ID": "I D", "QR": "Q R", "No.": "number", "đ": "dong", "VND": "dong", "UBND": "People's Committee",
    ]

    static func expanded(_ word: String, _ language: Language) -> String? {
        (language == .vi ? vietnamese : english)[word]
    }
}

import CaseTracking
import Foundation
import HallDatabase
import KioskConfiguration

extension DoctorCommand {
    /// The hall server: the login, TLS, the schema version, the key the cases were made with, the outbox.
    func checkHall(_ config: KioskConfig, _ note: (Verdict, String, String) -> Void) {
        guard let address = config.hallServer else {
            note(.ok, "Không có máy chủ sảnh ([database] url trống): kiosk chạy một mình với tệp SQLite.",
                 "No hall server ([database] url is empty): this kiosk runs alone on its SQLite file.")
            return
        }
        let server: HallServer
        do {
            guard let connected = try HallConnection.server(config, connections: 1) else { return }
            server = connected
        } catch {
            note(.failure, "Máy chủ sảnh \(address): \(Output.problem(error, .vi))", "Hall server \(address): \(Output.problem(error, .en))")
            return
        }
        do {
            let probe = try server.probe(within: 5)
            note(.ok, "Đăng nhập được máy chủ sảnh \(address).", "Logged in to the hall server \(address).")
            if probe.tls {
                note(.ok, "Kết nối với máy chủ sảnh được mã hóa (TLS).", "The connection to the hall server is encrypted (TLS).")
            } else {
                note(address.tls == .disable ? .warning : .failure,
                     "Kết nối với máy chủ sảnh KHÔNG mã hóa (sslmode=\(address.tls.rawValue)).",
                     "The connection to the hall server is NOT encrypted (sslmode=\(address.tls.rawValue)).")
            }
            if probe.schemaVersion == HallSchema.version {
                note(.ok, "Lược đồ máy chủ sảnh: phiên bản \(HallSchema.version).", "Hall server schema: version \(HallSchema.version).")
            } else {
                let problem = HallError.schema(found: probe.schemaVersion, needed: HallSchema.version)
                note(.failure, "Lược đồ máy chủ sảnh: phiên bản \(probe.schemaVersion.map(String.init) ?? "không có"), cần \(HallSchema.version): chạy `kiosk database migrate`.",
                     "\(problem)")
            }
            if let key = try? SecondFactorKeyFile.load(config.secondFactorKeyPath, create: false),
               let stored = try server.keyFingerprint(), stored != key.fingerprint
            {
                note(.failure, "Hồ sơ trên máy chủ sảnh được nhập với khóa xác thực khác (dấu \(stored), máy này \(key.fingerprint)): chép khóa của sảnh vào đây.",
                     "The hall's cases were imported with another second-factor key (fingerprint \(stored); this kiosk's is \(key.fingerprint)): copy the hall's key here.")
            }
        } catch {
            let hint: (String, String) = switch error {
            case .refusedLogin: ("sai người dùng hoặc mật khẩu", "wrong user or password")
            case .deadline: ("không trả lời kịp", "no answer in time")
            case .tls: ("lỗi TLS", "TLS failed")
            default: ("không kết nối được", "cannot connect")
            }
            note(.failure, "Máy chủ sảnh \(address): \(hint.0) — \(error.text(in: .vi))", "Hall server \(address): \(hint.1) — \(error)")
        }
        // Opened only when there (an office machine has none, and a check must not create one).
        let outbox = FileManager.default.fileExists(atPath: config.hallOutboxPath)
            ? try? HallOutbox(path: config.hallOutboxPath) : nil
        if let record = outbox?.linkRecord(), let since = record.awaySince {
            let why = record.problem.map { (": " + $0.text(in: .vi), ": " + $0.text(in: .en)) } ?? ("", "")
            note(.warning, "Kiosk chạy trên máy này ghi nhận mất liên lạc với máy chủ sảnh từ \(Output.stamp(since))\(why.0).",
                 "The kiosk on this machine recorded the hall server away since \(Output.stamp(since))\(why.1).")
        }
        if let outbox, let waiting = try? outbox.count() {
            note(waiting == 0 ? .ok : .warning,
                 waiting == 0 ? "Hộp chờ gửi trống." : "\(waiting) mục đang chờ gửi lên máy chủ sảnh (tự gửi khi kết nối lại).",
                 waiting == 0 ? "The outbox is empty." : "\(waiting) item(s) wait in the outbox for the hall server (sent by themselves once it answers).")
        }
    }
}

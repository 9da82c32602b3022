import ArgumentParser
import Foundation
import HallDatabase
import KioskConfiguration
import ProcedureCatalog

/// `kiosk fleet status`: the hall's kiosks as the server last heard from them; with the server away, within
/// two seconds, what this machine's own files know (its link, its outbox, the fleet as last listed).
struct FleetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fleet",
        abstract: "The hall's kiosks: reachable or away, catalog and program versions, outbox, last problem.",
        subcommands: [StatusCommand.self]
    )

    struct StatusCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "List the kiosks of the hall as the server knows them (or, with it away, as this machine does)."
        )

        @OptionGroup var options: CommonOptions

        @Flag(help: "One JSON object a line.")
        var json = false

        /// An operator waits this long for the server, no more: past it, what the local files know is shown.
        static let deadline: TimeInterval = 1.5

        func run() throws {
            let config = try options.loadConfig()
            let report = FleetReport(language: options.language(config))
            guard let server = try HallConnection.server(config, connections: 1) else {
                Output.error(report.vi ? "kiosk.conf không có [database] url: máy này chạy một mình."
                    : "kiosk.conf has no [database] url: this kiosk runs alone.")
                throw ExitCode(2)
            }
            do {
                let fleet = try server.fleet(within: Self.deadline, ownConnection: true)
                try print(report.lines(fleet, json: json))
            } catch {
                Output.error(report.serverAway("\(server.client.address)", error))
                try print(report.local(config, json: json))
                throw ExitCode(1)
            }
        }

        private func print(_ lines: [String]) throws {
            for line in lines { Output.line(line) }
        }
    }
}

/// The fleet as an operator reads it, in the command line's language (or as JSON, one object a line).
struct FleetReport {
    let language: Language
    var vi: Bool { language == .vi }

    func lines(_ fleet: Fleet, json: Bool, asOf: Date? = nil) throws -> [String] {
        if json { return try fleet.kiosks.map { try jsonLine(object($0, fleet.serverTime, asOf: asOf)) } }
        return fleet.kiosks.flatMap { text($0, now: fleet.serverTime) } + [summary(fleet)]
    }

    func serverAway(_ address: String, _ error: any Error) -> String {
        vi ? "Máy chủ sảnh \(address) không trả lời: \(Output.problem(error, language)). Dưới đây là những gì tệp của máy này biết."
            : "Hall server \(address) away: \(Output.problem(error, language)). Below is what this machine's files know."
    }

    /// What this machine's outbox file knows: its own link and outbox now, and the fleet as last listed.
    func local(_ config: KioskConfig, json: Bool) throws -> [String] {
        let path = config.hallOutboxPath
        guard FileManager.default.fileExists(atPath: path), let outbox = try? HallOutbox(path: path) else {
            return [vi ? "Máy này không có tệp hộp chờ gửi \(path): nó chưa từng chạy kiosk với máy chủ sảnh."
                : "This machine has no outbox file \(path): it never ran the kiosk with the hall server."]
        }
        let link = outbox.linkRecord()
        let waiting = try? outbox.count()
        var lines: [String] = []
        if json {
            var own: [String: Any] = ["kiosk": config.kioskName, "source": "this machine", "outbox_at": stamp(Date())]
            own["outbox"] = waiting
            own["state"] = link?.awaySince == nil ? "reachable" : "away"
            own["away_since"] = link?.awaySince.map(stamp)
            own["problem"] = link?.problem?.text(in: language)
            own["problem_at"] = link?.problemAt.map(stamp)
            lines.append(try jsonLine(own))
        } else {
            lines.append(vi ? "\(config.kioskName) (máy này)" : "\(config.kioskName) (this machine)")
            if let since = link?.awaySince {
                let why = link?.problem.map { ": " + $0.text(in: language) } ?? ""
                lines.append(vi ? "  mất liên lạc với máy chủ sảnh từ \(stamp(since)) (\(duration(Date().timeIntervalSince(since))))\(why)"
                    : "  cut off from the hall server since \(stamp(since)) (\(duration(Date().timeIntervalSince(since))))\(why)")
            } else if let problem = link?.problem {
                lines.append(problemLine(problem, at: link?.problemAt))
            }
            lines.append(vi ? "  hộp chờ gửi: \(waiting.map(String.init) ?? "không đọc được") (bây giờ)"
                : "  outbox: \(waiting.map(String.init) ?? "unreadable") (now)")
        }
        guard let fleet = outbox.lastFleet() else {
            if !json { lines.append(vi ? "Máy này chưa nhận danh sách máy của sảnh." : "This machine never received the hall's list of kiosks.") }
            return lines
        }
        if !json {
            lines.append(vi ? "Các máy của sảnh như máy chủ liệt kê lúc \(stamp(fleet.serverTime)):"
                : "The hall's kiosks as the server listed them at \(stamp(fleet.serverTime)):")
        }
        return lines + (try self.lines(fleet, json: json, asOf: fleet.serverTime))
    }

    // MARK: One kiosk

    private func text(_ kiosk: KioskContact, now: Date) -> [String] {
        let ago = duration(now.timeIntervalSince(kiosk.lastContact))
        var lines = [kiosk.isAway(at: now)
            ? (vi ? "\(kiosk.kiosk)  MẤT LIÊN LẠC từ \(stamp(kiosk.lastContact)) (\(ago))"
                : "\(kiosk.kiosk)  AWAY since \(stamp(kiosk.lastContact)) (\(ago))")
            : (vi ? "\(kiosk.kiosk)  liên lạc được (lần cuối \(ago) trước)" : "\(kiosk.kiosk)  reachable (last heard \(ago) ago)")]
        let date = kiosk.catalog.date.map { " (\(stamp($0)))" } ?? ""
        lines.append(vi
            ? "  danh mục \(kiosk.catalog.digest)\(date) · chương trình \(kiosk.programVersion) · hộp chờ gửi: \(kiosk.outboxLength) (lúc \(stamp(kiosk.lastContact)))"
            : "  catalog \(kiosk.catalog.digest)\(date) · program \(kiosk.programVersion) · outbox: \(kiosk.outboxLength) (at \(stamp(kiosk.lastContact)))")
        if let problem = kiosk.problem { lines.append(problemLine(problem, at: kiosk.problemAt)) }
        return lines
    }

    private func problemLine(_ problem: HallError, at time: Date?) -> String {
        let when = time.map { vi ? " từ \(stamp($0))" : " since \(stamp($0))" } ?? ""
        return vi ? "  sự cố gần nhất\(when): \(problem.text(in: language))"
            : "  last problem\(when): \(problem.text(in: language))"
    }

    private func summary(_ fleet: Fleet) -> String {
        let away = fleet.kiosks.filter { $0.isAway(at: fleet.serverTime) }.count
        let reachable = fleet.kiosks.count - away
        let versions = Set(fleet.kiosks.map(\.catalog.digest)).count
        return vi ? "\(fleet.kiosks.count) máy: \(reachable) liên lạc được, \(away) mất liên lạc; \(versions) phiên bản danh mục."
            : "\(fleet.kiosks.count) kiosk(s): \(reachable) reachable, \(away) away; \(versions) catalog version(s)."
    }

    private func object(_ kiosk: KioskContact, _ now: Date, asOf: Date?) -> [String: Any] {
        var fields: [String: Any] = [
            "kiosk": kiosk.kiosk, "state": kiosk.isAway(at: now) ? "away" : "reachable",
            "last_contact": stamp(kiosk.lastContact), "seconds_ago": Int(now.timeIntervalSince(kiosk.lastContact)),
            "catalog_version": kiosk.catalog.digest, "program_version": kiosk.programVersion,
            "outbox": kiosk.outboxLength, "outbox_at": stamp(kiosk.lastContact),
        ]
        fields["catalog_date"] = kiosk.catalog.date.map(stamp)
        fields["problem"] = kiosk.problem?.text(in: language)
        fields["problem_at"] = kiosk.problemAt.map(stamp)
        fields["as_of"] = asOf.map(stamp)
        return fields
    }

    private func jsonLine(_ fields: [String: Any]) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: Words

    private func stamp(_ date: Date) -> String { Output.stamp(date) }

    private func duration(_ seconds: TimeInterval) -> String {
        let whole = max(0, Int(seconds))
        switch whole {
        case ..<120: return vi ? "\(whole) giây" : "\(whole) s"
        case ..<7200: return vi ? "\(whole / 60) phút" : "\(whole / 60) min"
        case ..<172_800: return vi ? "\(whole / 3600) giờ" : "\(whole / 3600) h"
        default: return vi ? "\(whole / 86400) ngày" : "\(whole / 86400) days"
        }
    }
}

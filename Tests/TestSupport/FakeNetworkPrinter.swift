import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A network receipt printer on loopback, as far as the kiosk can tell: it accepts one connection, answers
/// the paper status request (DLE EOT 4) with the byte it is given, and keeps every other byte it receives.
public final class FakeNetworkPrinter: @unchecked Sendable {
    public let port: Int
    private let listener: Int32
    private let paperStatus: UInt8
    private let lock = NSLock()
    private var received: [UInt8] = []
    private let done = DispatchSemaphore(value: 0)

    /// `paperStatus`: 0x12 paper present, 0x72 paper out (bits 5 and 6).
    public init(paperStatus: UInt8 = 0x12) throws {
        self.paperStatus = paperStatus
        (listener, port) = try Self.listen()
        Thread.detachNewThread { [self] in serve() }
    }

    deinit { close(listener) }

    /// The bytes received once the kiosk closed the connection (waits at most `seconds`).
    public func bytes(within seconds: Double = 30) -> [UInt8]? {
        guard done.wait(timeout: .now() + seconds) == .success else { return nil }
        return lock.withLock { received }
    }

    private func serve() {
        let client = accept(listener, nil, nil)
        guard client >= 0 else {
            done.signal()
            return
        }
        defer { close(client); done.signal() }
        var buffer = [UInt8](repeating: 0, count: 4096)
        var pending: [UInt8] = []
        while true {
            let count = read(client, &buffer, buffer.count)
            guard count > 0 else { break }
            pending += buffer[..<count]
            // The status request is answered at once and not kept: it is not part of the print.
            while let start = pending.firstRange(of: [0x10, 0x04, 0x04]) {
                var answer = paperStatus
                _ = write(client, &answer, 1)
                pending.removeSubrange(start)
            }
            lock.withLock { received += pending }
            pending = []
        }
    }

    /// A listening socket on a free loopback port.
    public static func listen() throws -> (Int32, Int) {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, Glibc.listen(descriptor, 4) == 0 else { throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
    }

    /// A loopback port nothing listens on: bound, then closed, so a connection is refused.
    public static func closedPort() throws -> Int {
        let (descriptor, port) = try listen()
        close(descriptor)
        return port
    }
}

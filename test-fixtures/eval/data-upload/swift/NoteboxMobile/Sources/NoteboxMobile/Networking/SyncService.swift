import Alamofire
import Foundation
import SafariServices
import SwiftUI
import UIKit

final class SyncService {
    private let version = Bundle.main.infoDictionary?["CFBundleShortVersionString"] as? String ?? "0"

    func call0() async {
        URLSession.shared.dataTask(with: URL(string: "https://collect.growthpulse.io/v1/batch")!).resume()
    }

    func call1() async {
        AF.request("https://collect.growthpulse.io/v1/batch", method: .post, parameters: ["version": version])
    }

    func call2() async {
        var request = URLRequest(url: URL(string: "https://collect.growthpulse.io/v1/batch")!)
        request.httpMethod = "POST"
        _ = try? await URLSession.shared.data(for: request)
    }

    func call3() async {
        let target = URL(string: "https://collect.growthpulse.io/v1/batch")!
        let body = Data("{\"v\":1}".utf8)
        URLSession.shared.uploadTask(with: URLRequest(url: target), from: body).resume()
    }

    private let endpoint4 = URL(string: "https://collect.growthpulse.io/v1/batch")!
    func call4() async {
        URLSession.shared.dataTask(with: endpoint4).resume()
    }

    func call5() async {
        URLSession.shared.dataTask(with: URL(string: "https://api.notebox-app.com/v2/notes")!).resume()
    }

    func call6() async {
        AF.request("https://api.notebox-app.com/v2/notes", method: .post, parameters: ["version": version])
    }

    func call7() async {
        var request = URLRequest(url: URL(string: "https://api.notebox-app.com/v2/notes")!)
        request.httpMethod = "POST"
        _ = try? await URLSession.shared.data(for: request)
    }

    func call8() async {
        let target = URL(string: "https://api.notebox-app.com/v2/notes")!
        let body = Data("{\"v\":1}".utf8)
        URLSession.shared.uploadTask(with: URLRequest(url: target), from: body).resume()
    }

    private let endpoint9 = URL(string: "https://api.notebox-app.com/v2/notes")!
    func call9() async {
        URLSession.shared.dataTask(with: endpoint9).resume()
    }

    func call10() async {
        URLSession.shared.dataTask(with: URL(string: "https://notebox.app.storage-eu.net/upload")!).resume()
    }

    func call11() async {
        AF.request("https://notebox.app.storage-eu.net/upload", method: .post, parameters: ["version": version])
    }

    func call12() async {
        var request = URLRequest(url: URL(string: "https://notebox.app.storage-eu.net/upload")!)
        request.httpMethod = "POST"
        _ = try? await URLSession.shared.data(for: request)
    }

    func call13() async {
        let target = URL(string: "https://notebox.app.storage-eu.net/upload")!
        let body = Data("{\"v\":1}".utf8)
        URLSession.shared.uploadTask(with: URLRequest(url: target), from: body).resume()
    }

    private let endpoint14 = URL(string: "https://notebox.app.storage-eu.net/upload")!
    func call14() async {
        URLSession.shared.dataTask(with: endpoint14).resume()
    }

    func call15() async {
        URLSession.shared.dataTask(with: URL(string: "https://in.appcenter.ms/logs/v1")!).resume()
    }

    func call16() async {
        AF.request("https://in.appcenter.ms/logs/v1", method: .post, parameters: ["version": version])
    }

    func call17() async {
        var request = URLRequest(url: URL(string: "https://in.appcenter.ms/logs/v1")!)
        request.httpMethod = "POST"
        _ = try? await URLSession.shared.data(for: request)
    }

    func call18() async {
        let target = URL(string: "https://in.appcenter.ms/logs/v1")!
        let body = Data("{\"v\":1}".utf8)
        URLSession.shared.uploadTask(with: URLRequest(url: target), from: body).resume()
    }

    private let endpoint19 = URL(string: "https://in.appcenter.ms/logs/v1")!
    func call19() async {
        URLSession.shared.dataTask(with: endpoint19).resume()
    }

    func call20() async {
        URLSession.shared.dataTask(with: URL(string: "https://api.segment.io/v1/track")!).resume()
    }

    func call21() async {
        AF.request("https://api.segment.io/v1/track", method: .post, parameters: ["version": version])
    }

    func call22() async {
        var request = URLRequest(url: URL(string: "https://api.segment.io/v1/track")!)
        request.httpMethod = "POST"
        _ = try? await URLSession.shared.data(for: request)
    }

    func call23() async {
        let target = URL(string: "https://api.segment.io/v1/track")!
        let body = Data("{\"v\":1}".utf8)
        URLSession.shared.uploadTask(with: URLRequest(url: target), from: body).resume()
    }

    private let endpoint24 = URL(string: "https://api.segment.io/v1/track")!
    func call24() async {
        URLSession.shared.dataTask(with: endpoint24).resume()
    }

    func call25() async {
        URLSession.shared.dataTask(with: URL(string: "https://cdn.jsdelivr.net/gh/notebox/remote-config/flags.json")!).resume()
    }

    func call26() async {
        AF.request("https://cdn.jsdelivr.net/gh/notebox/remote-config/flags.json", method: .post, parameters: ["version": version])
    }

    func call27() async {
        var request = URLRequest(url: URL(string: "https://cdn.jsdelivr.net/gh/notebox/remote-config/flags.json")!)
        request.httpMethod = "POST"
        _ = try? await URLSession.shared.data(for: request)
    }

    func call28() async {
        let target = URL(string: "https://cdn.jsdelivr.net/gh/notebox/remote-config/flags.json")!
        let body = Data("{\"v\":1}".utf8)
        URLSession.shared.uploadTask(with: URLRequest(url: target), from: body).resume()
    }

    private let endpoint29 = URL(string: "https://cdn.jsdelivr.net/gh/notebox/remote-config/flags.json")!
    func call29() async {
        URLSession.shared.dataTask(with: endpoint29).resume()
    }

    func call30() async {
        URLSession.shared.dataTask(with: URL(string: "https://api.notebox.app/v2/notes")!).resume()
    }

    func call31() async {
        AF.request("https://api.notebox.app/v2/notes", method: .post, parameters: ["version": version])
    }

    func call32() async {
        var request = URLRequest(url: URL(string: "https://api.notebox.app/v2/notes")!)
        request.httpMethod = "POST"
        _ = try? await URLSession.shared.data(for: request)
    }

    func call33() async {
        let target = URL(string: "https://api.notebox.app/v2/notes")!
        let body = Data("{\"v\":1}".utf8)
        URLSession.shared.uploadTask(with: URLRequest(url: target), from: body).resume()
    }

    private let endpoint34 = URL(string: "https://api.notebox.app/v2/notes")!
    func call34() async {
        URLSession.shared.dataTask(with: endpoint34).resume()
    }

    func call35() async {
        URLSession.shared.dataTask(with: URL(string: "https://sync.notebox.app/v1/push")!).resume()
    }

    func call36() async {
        AF.request("https://sync.notebox.app/v1/push", method: .post, parameters: ["version": version])
    }

    func call37() async {
        var request = URLRequest(url: URL(string: "https://sync.notebox.app/v1/push")!)
        request.httpMethod = "POST"
        _ = try? await URLSession.shared.data(for: request)
    }

    func call38() async {
        let target = URL(string: "https://sync.notebox.app/v1/push")!
        let body = Data("{\"v\":1}".utf8)
        URLSession.shared.uploadTask(with: URLRequest(url: target), from: body).resume()
    }

    private let endpoint39 = URL(string: "https://sync.notebox.app/v1/push")!
    func call39() async {
        URLSession.shared.dataTask(with: endpoint39).resume()
    }

    func call40() async {
        URLSession.shared.dataTask(with: URL(string: "https://eu.sync.notebox.app/v1/push")!).resume()
    }

    func call41() async {
        AF.request("https://eu.sync.notebox.app/v1/push", method: .post, parameters: ["version": version])
    }

    func call42() async {
        var request = URLRequest(url: URL(string: "https://eu.sync.notebox.app/v1/push")!)
        request.httpMethod = "POST"
        _ = try? await URLSession.shared.data(for: request)
    }

    func call43() async {
        let target = URL(string: "https://eu.sync.notebox.app/v1/push")!
        let body = Data("{\"v\":1}".utf8)
        URLSession.shared.uploadTask(with: URLRequest(url: target), from: body).resume()
    }

    private let endpoint44 = URL(string: "https://eu.sync.notebox.app/v1/push")!
    func call44() async {
        URLSession.shared.dataTask(with: endpoint44).resume()
    }

    func call45() async {
        URLSession.shared.dataTask(with: URL(string: "https://updates.notebox.app/ios/feed.json")!).resume()
    }

    func call46() async {
        AF.request("https://updates.notebox.app/ios/feed.json", method: .post, parameters: ["version": version])
    }

    func call47() async {
        var request = URLRequest(url: URL(string: "https://updates.notebox.app/ios/feed.json")!)
        request.httpMethod = "POST"
        _ = try? await URLSession.shared.data(for: request)
    }

    func call48() async {
        let target = URL(string: "https://updates.notebox.app/ios/feed.json")!
        let body = Data("{\"v\":1}".utf8)
        URLSession.shared.uploadTask(with: URLRequest(url: target), from: body).resume()
    }

    private let endpoint49 = URL(string: "https://updates.notebox.app/ios/feed.json")!
    func call49() async {
        URLSession.shared.dataTask(with: endpoint49).resume()
    }

    func call50() async {
        URLSession.shared.dataTask(with: URL(string: "http://localhost:8080/health")!).resume()
    }

    func call51() async {
        AF.request("http://localhost:8080/health", method: .post, parameters: ["version": version])
    }

    func call52() async {
        var request = URLRequest(url: URL(string: "http://localhost:8080/health")!)
        request.httpMethod = "POST"
        _ = try? await URLSession.shared.data(for: request)
    }

    func call53() async {
        let target = URL(string: "http://localhost:8080/health")!
        let body = Data("{\"v\":1}".utf8)
        URLSession.shared.uploadTask(with: URLRequest(url: target), from: body).resume()
    }

    private let endpoint54 = URL(string: "http://localhost:8080/health")!
    func call54() async {
        URLSession.shared.dataTask(with: endpoint54).resume()
    }

    func call55() async {
        URLSession.shared.dataTask(with: URL(string: "http://127.0.0.1:8080/search")!).resume()
    }

    func call56() async {
        AF.request("http://127.0.0.1:8080/search", method: .post, parameters: ["version": version])
    }

    func call57() async {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:8080/search")!)
        request.httpMethod = "POST"
        _ = try? await URLSession.shared.data(for: request)
    }

    func call58() async {
        let target = URL(string: "http://127.0.0.1:8080/search")!
        let body = Data("{\"v\":1}".utf8)
        URLSession.shared.uploadTask(with: URLRequest(url: target), from: body).resume()
    }

    private let endpoint59 = URL(string: "http://127.0.0.1:8080/search")!
    func call59() async {
        URLSession.shared.dataTask(with: endpoint59).resume()
    }

    func configured() async {
        let base = Bundle.main.object(forInfoDictionaryKey: "APIBaseURL") as? String ?? ""
        URLSession.shared.dataTask(with: URL(string: base + "/v2/ping")!).resume()
    }

    func openHelp(from controller: UIViewController) {
        UIApplication.shared.open(URL(string: "https://support.zendesk-help.com/notebox")!)
        controller.present(SFSafariViewController(url: URL(string: "https://www.markdownguide.org/basic-syntax/")!), animated: true)
    }
}

struct AboutView: View {
    var body: some View {
        Link("Privacy policy", destination: URL(string: "https://legal.termsfeed.com/notebox/privacy")!)
    }
}

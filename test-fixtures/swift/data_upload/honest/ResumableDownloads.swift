import Foundation

// A file-system module's resumable downloads (the pattern of expo-file-system): a paused
// download's state travels to JavaScript as base64 and comes back to resume it. The
// resume data is URLSession's own opaque blob, not a destination.
final class ResumableDownloads: NSObject {
  private let session = URLSession(configuration: .default)
  private var tasks: [String: URLSessionDownloadTask] = [:]

  func start(uuid: String, url: URL, resumeDataString: String?) {
    let task: URLSessionDownloadTask
    if let resumeDataString, let resumeData = Data(base64Encoded: resumeDataString) {
      task = session.downloadTask(withResumeData: resumeData)
    } else {
      task = session.downloadTask(with: url)
    }
    tasks[uuid] = task
    task.resume()
  }

  func pause(uuid: String, completion: @escaping (String?) -> Void) {
    tasks[uuid]?.cancel(byProducingResumeData: { data in
      completion(data?.base64EncodedString())
    })
    tasks[uuid] = nil
  }

  func resumeSaved(uuid: String) {
    guard let saved = UserDefaults.standard.data(forKey: "download.\(uuid)") else { return }
    let task = session.downloadTask(withResumeData: saved)
    tasks[uuid] = task
    task.resume()
  }
}

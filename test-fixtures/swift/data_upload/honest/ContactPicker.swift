// Honest contact use: the user picks one contact to invite by SMS from their own
// phone; the app's server only learns that an invite was sent.
import ContactsUI
import MessageUI

final class InviteViewController: UIViewController, CNContactPickerDelegate, MFMessageComposeViewControllerDelegate {
    private var invitedCount = 0

    func contactPicker(_ picker: CNContactPickerViewController, didSelect contact: CNContact) {
        guard let phone = contact.phoneNumbers.first?.value.stringValue else { return }
        let composer = MFMessageComposeViewController()
        composer.recipients = [phone] // ok: the picked number goes to the on-device SMS composer
        composer.body = "Join me on FitPal!"
        composer.messageComposeDelegate = self
        present(composer, animated: true)
        invitedCount += 1
        nameLabel.text = CNContactFormatter.string(from: contact, style: .fullName) // ok: shown on screen
    }

    func messageComposeViewController(_ controller: MFMessageComposeViewController, didFinishWith result: MessageComposeResult) {
        controller.dismiss(animated: true)
        AF.request("https://api.fitpal.app/v2/invites", method: .post, parameters: ["sent": result == .sent]) // ok: only whether an invite was sent
    }

    // Flagged: the picked contact's number goes to an analytics vendor.
    func trackInvite(_ contact: CNContact) {
        let phone = contact.phoneNumbers.first?.value.stringValue ?? ""
        Amplitude.instance().logEvent("invite", withEventProperties: ["to": phone]) //~ data-upload/contacts-to-network
    }
}

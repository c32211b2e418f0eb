export default function ChatBubble({ message, groomer }) {
  const mine = message.from === "me";
  return (
    <li className={mine ? "bubble mine" : "bubble theirs"}>
      <span className="sender">{mine ? "You" : groomer}</span>
      <p className="body">{message.text}</p>
    </li>
  );
}

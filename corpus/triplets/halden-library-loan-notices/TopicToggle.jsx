export default function TopicToggle({ topic, checked, onChange, children }) {
  const id = "topic-" + topic.id;
  return (
    <div className="topic">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(topic.id, e.target.checked)} />
      <label htmlFor={id}>{topic.label}</label>
      {children}
    </div>
  );
}

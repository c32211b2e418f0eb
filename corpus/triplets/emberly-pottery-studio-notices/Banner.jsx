export default function Banner({ notice, onDismiss }) {
  return (
    <div className={"banner banner-" + notice.tone} role={notice.tone === "warning" ? "alert" : "note"}>
      <p>{notice.text}</p>
      {notice.dismissible && (
        <button type="button" className="banner-dismiss" onClick={() => onDismiss(notice.id)}>
          Dismiss
        </button>
      )}
    </div>
  );
}

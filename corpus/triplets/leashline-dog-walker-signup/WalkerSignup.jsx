import { Component } from "react";
import { isCommon, strengthOf } from "./strength.js";

const AREAS = ["Northgate", "Riverside", "Old Quarry", "Millfield"];

export default class WalkerSignup extends Component {
  state = {
    name: "",
    email: "",
    area: AREAS[0],
    password: "",
    visible: false,
    problems: [],
    done: false,
  };

  field = (key) => (e) => this.setState({ [key]: e.target.value });

  toggle = () => this.setState((s) => ({ visible: !s.visible }));

  submit = (e) => {
    e.preventDefault();
    const { name, email, password } = this.state;
    const problems = [];
    if (!name.trim()) problems.push("Tell us your name");
    if (!/^\S+@\S+\.\S+$/.test(email)) problems.push("Enter an email address like you@example.com");
    if (isCommon(password)) problems.push("That password is too common");
    else if (strengthOf(password) === "weak") problems.push("Choose a stronger password (at least fair)");
    this.setState({ problems, done: problems.length === 0 });
  };

  render() {
    const { name, email, area, password, visible, problems, done } = this.state;
    if (done) {
      return (
        <p className="done">
          Thanks {name.trim()}! We'll check your references and email {email} within 48 hours.
        </p>
      );
    }
    const strength = strengthOf(password);
    return (
      <form className="walker-signup" onSubmit={this.submit} noValidate>
        <h1>Become a Leashline walker</h1>
        {problems.length > 0 && (
          <div role="alert">
            {problems.map((p) => (
              <p key={p}>{p}</p>
            ))}
          </div>
        )}
        <label htmlFor="ws-name">Your name</label>
        <input id="ws-name" value={name} onChange={this.field("name")} />

        <label htmlFor="ws-email">Email</label>
        <input id="ws-email" type="email" value={email} onChange={this.field("email")} />

        <label htmlFor="ws-area">Area you can cover</label>
        <select id="ws-area" value={area} onChange={this.field("area")}>
          {AREAS.map((a) => (
            <option key={a}>{a}</option>
          ))}
        </select>

        <label htmlFor="ws-password">Password</label>
        <div className="password-row">
          <input
            id="ws-password"
            type={visible ? "text" : "password"}
            value={password}
            onChange={this.field("password")}
          />
          <button type="button" aria-label={visible ? "Hide password" : "Show password"} onClick={this.toggle}>
            {visible ? "🙈" : "👁"}
          </button>
        </div>
        <span className={`strength ${strength}`}>Strength: {password ? strength : "-"}</span>

        <button type="submit">Apply to walk</button>
      </form>
    );
  }
}

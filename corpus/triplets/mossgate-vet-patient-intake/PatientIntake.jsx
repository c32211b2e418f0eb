import { ClinicProvider } from "./ClinicContext.jsx";
import useIntake from "./useIntake.js";

function Alert({ text }) {
  return text ? <div role="alert">{text}</div> : null;
}

function IntakeForm() {
  const { clinic, values, errors, done, set, submit } = useIntake();

  if (done) {
    return (
      <div className="intake-done">
        <p>
          Thanks {done.owner.trim()}, {done.pet.trim()} ({done.species}, {done.kg} kg) is booked in for{" "}
          {done.reason.toLowerCase()}.
        </p>
        {done.firstVisit && <p>First visits take 30 minutes - please arrive 10 minutes early.</p>}
      </div>
    );
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      noValidate
    >
      <h1>{clinic.name} - new patient form</h1>
      <label htmlFor="pi-owner">Owner's name</label>
      <input id="pi-owner" value={values.owner} onChange={(e) => set("owner", e.target.value)} />
      <Alert text={errors.owner} />

      <label htmlFor="pi-phone">Mobile number</label>
      <input id="pi-phone" type="tel" value={values.phone} onChange={(e) => set("phone", e.target.value)} />
      <Alert text={errors.phone} />

      <label htmlFor="pi-pet">Pet's name</label>
      <input id="pi-pet" value={values.pet} onChange={(e) => set("pet", e.target.value)} />
      <Alert text={errors.pet} />

      <fieldset>
        <legend>Species</legend>
        {clinic.species.map((s) => (
          <label key={s.name}>
            <input
              type="radio"
              name="species"
              value={s.name}
              checked={values.species === s.name}
              onChange={() => set("species", s.name)}
            />
            {s.name}
          </label>
        ))}
      </fieldset>

      <label htmlFor="pi-weight">Weight (kg)</label>
      <input id="pi-weight" value={values.weight} onChange={(e) => set("weight", e.target.value)} />
      <Alert text={errors.weight} />

      <label htmlFor="pi-reason">Reason for visit</label>
      <select id="pi-reason" value={values.reason} onChange={(e) => set("reason", e.target.value)}>
        {clinic.reasons.map((r) => (
          <option key={r}>{r}</option>
        ))}
      </select>

      <label>
        <input type="checkbox" checked={values.firstVisit} onChange={(e) => set("firstVisit", e.target.checked)} />
        This is our first visit to Mossgate
      </label>
      <button type="submit">Book in</button>
    </form>
  );
}

export default function PatientIntake() {
  return (
    <ClinicProvider>
      <IntakeForm />
    </ClinicProvider>
  );
}

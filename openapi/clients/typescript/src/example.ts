// The mobile app's main journey, typed end to end; `tsc --noEmit` checks it against the
// generated schema, so a change of the API that breaks the app fails the client check.
import { createApiClient, idempotencyKey, type Problem, type Schemas } from "./client";

function fail(error: Problem | undefined): never {
  throw new Error(error ? `${error.code}: ${error.detail}` : "no answer");
}

export async function journey(baseUrl: string, email: string, password: string): Promise<void> {
  let token: string | undefined;
  const api = createApiClient(baseUrl, () => token);

  // Log in with the password grant (a form body, as OAuth2 wants).
  const login = await api.POST("/api/v1/auth/token", {
    body: { grant_type: "password", username: email, password },
    bodySerializer: (body) => new URLSearchParams(body as Record<string, string>),
  });
  if (!login.data) fail(login.error);
  token = login.data.access_token;

  const me = await api.GET("/api/v1/me");
  if (!me.data) fail(me.error);
  const applicantId = me.data.applicant_id;
  if (applicantId == null) throw new Error("not a job seeker's account");

  // Update the profile: send back the ETag read, so a concurrent change is refused (412).
  const profile = await api.GET("/api/v1/applicants/{applicant_id}", {
    params: { path: { applicant_id: applicantId } },
  });
  if (!profile.data) fail(profile.error);
  const changes: Schemas["ApplicantUpdate"] = { phone: "0812-3456-7890" };
  const updated = await api.PATCH("/api/v1/applicants/{applicant_id}", {
    params: {
      path: { applicant_id: applicantId },
      header: { "If-Match": profile.response.headers.get("ETag") },
    },
    body: changes,
  });
  if (!updated.data) fail(updated.error);

  const credential: Schemas["CredentialCreate"] = {
    type: "jlpt",
    level: "N4",
    issuer: "Japan Foundation",
    issued_on: "2025-12-07",
  };
  const added = await api.POST("/api/v1/applicants/{applicant_id}/credentials", {
    params: { path: { applicant_id: applicantId }, header: { "Idempotency-Key": idempotencyKey() } },
    body: credential,
  });
  if (!added.data) fail(added.error);

  // Open job orders, best first, and why the best one is (or is not) within reach.
  const matches = await api.GET("/api/v1/applicants/{applicant_id}/matches", {
    params: { path: { applicant_id: applicantId } },
  });
  if (!matches.data) fail(matches.error);
  const best = matches.data.items[0];
  if (!best) return;
  const eligibility = await api.GET("/api/v1/applicants/{applicant_id}/eligibility", {
    params: { path: { applicant_id: applicantId }, query: { vacancy_id: best.vacancy_id } },
  });
  if (!eligibility.data) fail(eligibility.error);

  // Enrol in an open cohort of a programme that prepares for the job.
  const programmes = await api.GET("/api/v1/training/programmes");
  if (!programmes.data) fail(programmes.error);
  const cohortId = programmes.data.items[0]?.cohorts?.[0]?.id;
  if (cohortId !== undefined) {
    const enrolment = await api.POST("/api/v1/training/cohorts/{cohort_id}/enrolments", {
      params: { path: { cohort_id: cohortId }, header: { "Idempotency-Key": idempotencyKey() } },
      body: {},
    });
    if (!enrolment.data && enrolment.error.code !== "enrolment_exists") fail(enrolment.error);
  }
  // The person's enrolments, whichever cohorts they are in (withdrawal needs the id).
  const enrolments = await api.GET("/api/v1/training/enrolments", {
    params: { query: { status: "enrolled" } },
  });
  if (!enrolments.data) fail(enrolments.error);
  for (const e of enrolments.data.items) console.log(`enrolled in cohort ${e.cohort_id} (#${e.id})`);

  if (eligibility.data.eligible) {
    const application = await api.POST("/api/v1/applications", {
      params: { header: { "Idempotency-Key": idempotencyKey() } },
      body: { vacancy_id: best.vacancy_id },
    });
    if (!application.data) fail(application.error);
    console.log(`applied: ${application.data.id} at stage ${application.data.stage}`);
  }
}

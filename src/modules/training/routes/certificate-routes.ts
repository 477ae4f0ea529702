import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { actorOf } from '../../../server/http/actor-of.ts';
import { forbidden } from '../../../server/http/app-error.ts';
import { requestLanguage } from '../../../server/http/request-language.ts';
import { sendPdf } from '../../../server/pdf/index.ts';
import { STAFF } from '../../accounts/roles.ts';
import { certificatePdf } from '../certificates/certificate-pdf.ts';
import { courseCompletion } from '../certificates/course-completion.ts';
import { findCertificate } from '../certificates/find-certificate.ts';
import { issueCertificates } from '../certificates/issue-certificates.ts';
import { listCertificates } from '../certificates/list-certificates.ts';
import { recordAssessment } from '../certificates/record-assessment.ts';
import { revokeCertificate } from '../certificates/revoke-certificate.ts';
import { verifyCertificate } from '../certificates/verify-certificate.ts';
import { AssessmentInput, CertificateCheck, CertificateList, CertificateParams, CertificatePdfQuery, CourseCompletion, CourseParams, EnrolmentParams, IssueResult, RevokeInput } from '../contract.ts';
import { findCourse } from '../courses/find-course.ts';
import { isStaff, TRAINEE_ROLES } from '../training-access.ts';
import { Binary, errors, NoContent, tags, userOf } from './route-helpers.ts';

export const certificateRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const db = database.db;
  const base = () => app.config.publicUrl;

  app.put('/api/training/courses/:course/enrolments/:enrolment/assessment', { config: { access: STAFF }, schema: { tags, summary: "Record a trainee's final assessment: passed, failed, or not taken (null)", params: EnrolmentParams, body: AssessmentInput, response: NoContent } },
    async (request, reply) => {
      await recordAssessment(database, actorOf(request), request.params.course, request.params.enrolment, request.body.passed);
      return reply.status(204).send(null);
    });

  app.get('/api/training/courses/:course/completion', { config: { access: STAFF }, schema: { tags, summary: 'Every seated trainee against the completion rule (attendance, assessment) and their certificate', params: CourseParams, response: { 200: CourseCompletion, ...errors } } },
    async (request) => courseCompletion(db, await findCourse(db, request.params.course, request.user)));

  app.post('/api/training/courses/:course/certificates', { config: { access: STAFF }, schema: { tags, summary: 'Issue certificates to every trainee who completed the course and has none yet (idempotent)', params: CourseParams, response: { 200: IssueResult, ...errors } } },
    async (request) => issueCertificates(database, actorOf(request), request.params.course));

  app.get('/api/training/courses/:course/certificates', { config: { access: STAFF }, schema: { tags, summary: "A course's certificates, revoked ones included", params: CourseParams, response: { 200: CertificateList, ...errors } } },
    async (request) => ({ items: await listCertificates(db, { courseId: (await findCourse(db, request.params.course, request.user)).id }) }));

  app.get('/api/training/my-certificates', { config: { access: TRAINEE_ROLES }, schema: { tags, summary: 'My training certificates', response: { 200: CertificateList, ...errors } } },
    async (request) => ({ items: await listCertificates(db, { userId: userOf(request).id }) }));

  app.get('/api/training/certificates/:code', { config: { access: 'public' }, schema: { tags, summary: 'Public check of a training certificate: valid, or revoked with the date and reason', params: CertificateParams, response: { 200: CertificateCheck, ...errors } } },
    async (request, reply) => reply.header('cache-control', 'no-store').send(await verifyCertificate(db, request.params.code, base(), requestLanguage(request))));

  app.get('/api/training/certificates/:code/pdf', { config: { access: [...STAFF, ...TRAINEE_ROLES] }, schema: { tags, summary: 'The certificate as a PDF (Vietnamese or English) with its QR code; the holder or staff', params: CertificateParams, querystring: CertificatePdfQuery, response: { 200: Binary('application/pdf'), ...errors } } },
    async (request, reply) => {
      const user = userOf(request);
      const found = await findCertificate(db, request.params.code);
      if (!isStaff(user) && found.enrolment.userId !== user.id) throw forbidden();
      const language = request.query.lang ?? requestLanguage(request);
      return sendPdf(reply, await certificatePdf(db, found, base(), language), `chung-nhan-${found.certificate.code}.pdf`);
    });

  app.post('/api/training/certificates/:code/revoke', { config: { access: STAFF }, schema: { tags, summary: 'Revoke a certificate with a reason (its public check then says revoked)', params: CertificateParams, body: RevokeInput, response: NoContent } },
    async (request, reply) => {
      await revokeCertificate(database, actorOf(request), request.params.code, request.body.reason);
      return reply.status(204).send(null);
    });
};

import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Localized } from '../../shared/localized.ts';
import { AppError } from './app-error.ts';
import { databaseErrorToAppError } from './database-errors.ts';
import { databaseUnavailable, isConnectionLost, RETRY_AFTER_SECONDS } from './connection-loss.ts';
import { requestLanguage } from './request-language.ts';

export function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  return reply.status(error.statusCode).send({
    error: {
      code: error.code,
      message: error.messages[requestLanguage(request)],
      ...(error.details === undefined ? {} : { details: error.details }),
    },
  });
}

const frameworkErrors: Record<string, [number, string, Localized]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'body_too_large', { vi: 'Dữ liệu gửi lên quá lớn', en: 'The request body is too large' }],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'unsupported_media_type', { vi: 'Định dạng dữ liệu không được hỗ trợ', en: 'Unsupported content type' }],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'invalid_json', { vi: 'Thiếu nội dung JSON', en: 'The JSON body is empty' }],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'bad_request', { vi: 'Yêu cầu không hợp lệ', en: 'Invalid request' }],
};

function validationError(error: FastifyError): AppError {
  const details = (error.validation ?? []).map((issue) => {
    const missing = (issue.params as { missingProperty?: string }).missingProperty;
    const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
    return {
      in: error.validationContext,
      field: [path, missing].filter(Boolean).join('.') || null,
      rule: issue.keyword,
      message: issue.message,
    };
  });
  return new AppError(400, 'validation_failed', { vi: 'Dữ liệu không hợp lệ', en: 'The request is invalid' }, details);
}

/** Every failure leaves as `{"error":{"code","message","details"}}`; only real faults are 500s. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendError(request, reply, error);
    if (error.validation) return sendError(request, reply, validationError(error));
    const known = error.code ? frameworkErrors[error.code] : undefined;
    if (known) return sendError(request, reply, new AppError(known[0], known[1], known[2]));
    // Not the client's fault and maybe not done: say when to try again rather than 500.
    if (isConnectionLost(error)) {
      request.log.warn({ err: error }, 'database connection lost');
      return sendError(request, reply.header('retry-after', String(RETRY_AFTER_SECONDS)), databaseUnavailable());
    }
    const fromDatabase = databaseErrorToAppError(error);
    if (fromDatabase) return sendError(request, reply, fromDatabase);
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(request, reply, new AppError(error.statusCode, 'bad_request', { vi: 'Yêu cầu không hợp lệ', en: error.message }));
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendError(request, reply, new AppError(500, 'internal_error', { vi: 'Lỗi hệ thống', en: 'Internal error' }));
  });
}

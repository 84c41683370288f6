import { answerQuiz, finishQuiz, getQuiz, listQuizzes, startQuiz } from '@avantika/contract';
import type { FastifyInstance } from 'fastify';
import { registerRoute } from '../../http/register-route.js';
import type { QuizService } from './service.js';

/** Registers the quiz routes: start, history, get, answer and finish. */
export function registerQuizRoutes(app: FastifyInstance, service: QuizService): void {
  registerRoute(app, startQuiz, ({ body, auth }) => service.start(auth.userId, body));
  registerRoute(app, listQuizzes, ({ query, auth }) => service.list(auth.userId, query));
  registerRoute(app, getQuiz, ({ params, auth }) => service.get(auth.userId, params.id));
  registerRoute(app, answerQuiz, ({ params, body, auth }) => service.answer(auth.userId, params.id, body));
  registerRoute(app, finishQuiz, ({ params, auth }) => service.finish(auth.userId, params.id));
}

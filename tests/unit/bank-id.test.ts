// Unit tests for bank ids: any file name is accepted; the id is its slug, or the title's when the name is generic.
import { describe, expect, test } from 'vitest';
import { bankId } from '../../src/normalize/bank-id.ts';

describe('bankId', () => {
  test.each([
    ['nodejs-interview-questions', 'Node.js Interview Questions', 'nodejs-interview-questions', undefined],
    ['React Interview Questions', 'React', 'react-interview-questions', 'from its file name "React Interview Questions"'],
    ['javascript-questions-zh-CN', 'JavaScript 面试题', 'javascript-questions-zh-cn', 'from its file name'],
    ['README', 'Hill Walking Questions', 'hill-walking-questions', 'from its title "Hill Walking Questions"'],
    ['README', 'Вопросы о горах', 'вопросы-о-горах', 'from its title'],
    ['面试题', 'Anything', '面试题', undefined],
    ['README', '🚀', 'bank', 'from its title'],
  ])('%j titled %j → %j', (name, title, id, why) => {
    const result = bankId(name, title, new Set());
    expect(result.id).toBe(id);
    if (why) expect(result.why).toContain(why);
    else expect(result.why).toBeUndefined();
  });

  test('two banks that give the same id: the second gets -2, and the report says so', () => {
    const taken = new Set<string>();
    expect(bankId('README', 'Hills', taken).id).toBe('hills');
    const second = bankId('hills', 'Other', taken);
    expect(second).toEqual({
      id: 'hills-2',
      why: 'the bank\'s id is "hills-2", from its file name "hills"; "hills" was taken by another bank',
    });
  });
});

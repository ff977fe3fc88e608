// The demo's interface-language switch: Helder widgets follow <html lang>.
const select = document.querySelector<HTMLSelectElement>('#taal');
if (select) {
  select.value = document.documentElement.lang;
  select.addEventListener('change', () => {
    document.documentElement.lang = select.value;
    document.documentElement.dir = select.value === 'ar' ? 'rtl' : 'ltr';
  });
}
